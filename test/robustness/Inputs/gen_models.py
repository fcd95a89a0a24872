"""Writes a generated model file of about <lines> lines: pairs of models
that are well formed and silent, then the known finding (a has_many named
'order') at the very end.

    gen_models.py <out> <lines>
"""
import sys

out, lines = sys.argv[1], int(sys.argv[2])
GOOD = """namespace good {
struct Order;
struct Customer : assoc::model<Customer> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Order>("order", assoc::dependent("destroy")));
};
struct Order : assoc::model<Order> {
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Customer>("customer"));
};
} // namespace good
"""
with open(out, "w") as w:
    w.write("#include <assoc/associations.hpp>\nnamespace gen {\n")
    written, n = 2, 0
    while written < lines - 12:
        w.write(f"""struct Parent{n};
struct Child{n};
struct Parent{n} : assoc::model<Parent{n}> {{
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Child{n}>("children", assoc::dependent("destroy")));
}};
struct Child{n} : assoc::model<Child{n}> {{
  static constexpr auto associations = assoc::declare(
      assoc::belongs_to<Parent{n}>("parent{n}"));
}};
""")
        written += 10
        n += 1
    w.write("} // namespace gen\n")
    w.write(GOOD)
