"""Checks `assoc-tidy --dump-model=json` on the Rails guide's models field by
field against what ActiveRecord derives (activerecord-semantics.md, b and c):
tables, foreign keys, join tables, type columns and inverses.

    check_graph.py <graph.json>
"""
import json
import sys

# (model, association): {field: expected}
EXPECTED = {
    ("guide_orders::Customer", "orders"): {
        "kind": "has_many", "target": "guide_orders::Order",
        "foreign_key": "customer_id", "inverse": "customer"},
    ("guide_orders::Order", "customer"): {
        "kind": "belongs_to", "foreign_key": "customer_id",
        "inverse": "orders"},
    ("guide_appointments::Physician", "patients"): {
        "kind": "has_many", "foreign_key": None, "inverse": None,
        "options": {"through": "appointments"}},
    ("guide_appointments::Appointment", "patient"): {
        "foreign_key": "patient_id", "inverse": "appointments"},
    ("guide_assemblies::Assembly", "parts"): {
        "kind": "has_and_belongs_to_many", "join_table": "assemblies_parts",
        "foreign_key": "assembly_id", "association_foreign_key": "part_id",
        "inverse": "assemblies"},
    ("guide_assemblies::Part", "assemblies"): {
        "join_table": "assemblies_parts", "foreign_key": "part_id",
        "association_foreign_key": "assembly_id", "inverse": "parts"},
    ("guide_habtm_class_name::Part", "assemblies"): {
        "target": "guide_habtm_class_name::Gadget",
        "association_foreign_key": "gadget_id", "join_table": "gadgets_parts"},
    ("guide_habtm_self_join::User", "friends"): {
        "join_table": "users_users", "foreign_key": "this_user_id",
        "association_foreign_key": "other_user_id"},
    ("guide_pictures::Picture", "imageable"): {
        "polymorphic": True, "target": None, "foreign_key": "imageable_id",
        "type_column": "imageable_type", "inverse": None},
    ("guide_pictures::Employee", "pictures"): {
        "foreign_key": "imageable_id", "type_column": "imageable_type",
        "inverse": "imageable"},
    ("guide_self_join::Employee", "subordinates"): {
        "foreign_key": "manager_id", "inverse": "manager"},
    ("guide_self_join::Employee", "manager"): {
        "foreign_key": "manager_id", "inverse": "subordinates"},
    ("guide_has_one_foreign_key::Supplier", "account"): {
        "kind": "has_one", "foreign_key": "supp_id", "inverse": "supplier"},
    ("guide_class_name::Patron", "orders"): {
        "foreign_key": "patron_id", "inverse": "customer"},
    ("guide_account_history::Account", "account_history"): {
        "foreign_key": "account_id", "inverse": "account"},
}
TABLES = {
    "guide_account_history::AccountHistory": "account_histories",
    "guide_readings::Person": "people",
    "guide_assemblies::Assembly": "assemblies",
    "guide_module_scope::my_application::billing::Account": "accounts",
}


def main():
    graph = json.load(open(sys.argv[1], encoding="utf-8"))
    assert graph["version"] == 1, graph["version"]
    models = {m["name"]: m for m in graph["models"]}
    failures = []
    for name, table in TABLES.items():
        if models[name]["table"] != table:
            failures.append("%s: table %r, expected %r"
                            % (name, models[name]["table"], table))
    for (model, association), fields in EXPECTED.items():
        found = [a for a in models[model]["associations"]
                 if a["name"] == association]
        if len(found) != 1:
            failures.append("%s.%s: not found once" % (model, association))
            continue
        for field, value in fields.items():
            actual = found[0].get(field, "<absent>")
            if field == "options":
                actual = {k: actual.get(k) for k in value}
            if actual != value:
                failures.append("%s.%s: %s is %r, expected %r"
                                % (model, association, field, actual, value))
        location = found[0]["location"]
        if not location or location["line"] < 1:
            failures.append("%s.%s: no location" % (model, association))
    for failure in failures:
        print(failure)
    print("%d associations checked, %d failures"
          % (len(EXPECTED), len(failures)))
    sys.exit(1 if failures else 0)


main()
