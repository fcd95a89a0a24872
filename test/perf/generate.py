#!/usr/bin/env python3
"""Generate a synthetic C++ codebase of assoc models for the benchmark (#12).

    generate.py --models N --plain-per-model K --seed S [--layout L] --out DIR

The output is a function of the arguments only (and of this file):

  DIR/include/<ns>/<model>.h   one header per model, N in all
  DIR/src/<ns>/<model>.cpp     one translation unit per model; it includes its
                               own header and two headers of models it is
                               associated with, the STL, and a few hundred lines
                               of ordinary code
  DIR/src/<ns>/<model>_<w>.cpp K ordinary translation units per model unit; no
                               model header, only the STL and ordinary code
  DIR/compile_commands.json    -std=c++17 -I<repo>/include -I<DIR>/include
  DIR/expected.json            every planted mistake: check, file, line; the
                               exact number of findings per check

The layout says who includes the standard headers (--layout):

  direct      (the default, the codebase of the tables measured before there
              was a choice) each unit includes the STL itself; a model header
              includes only the vocabulary and other model headers
  transitive  as in real projects, a unit includes project headers only: a
              model unit its model headers, an ordinary unit its namespace's
              DIR/include/<ns>/support.h. The project headers include the STL
              (and a model header the vocabulary), and each includes
              DIR/include/project/common.h, which includes a few standard
              headers more. support.h and common.h never reach the vocabulary:
              the prefilter still skips the ordinary units.

Both layouts have the same models, the same ordinary code and the same
planted findings, at the same lines of the same headers (a transitive model
header trades four lines of its banner and a blank line for its includes); the
direct layout is byte for byte the codebase of the generator before --layout
(expected.json aside, whose fingerprint names the generator and the layout).

Models come in domains of ten, each domain in a namespace of its own
(acme::<area><n>): an owner with an order-like model and its line items (a
has_many through a join model in both directions), a has_one profile, a
single-table-inheritance subclass of the owner with a has_many of its own, a
product with a habtm pair, a self-joined category and a polymorphic picture
named by three `as:`. Products, tags and some categories carry a table_name.
Everything is correct and lint-clean except the planted mistakes: ten kinds,
one of each per 100 models (at least one of each), each reported by exactly
one finding of one check, in the plugin (every mistake is visible to the unit
of the model that holds it) as in the whole-program run.

N must be a multiple of 10.
"""

import argparse
import hashlib
import json
import os
import random
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATOR_VERSION = 1

# ---------------------------------------------------------------------------
# Names. Each role of a domain draws its class from a pool; every word is one
# ActiveSupport inflects regularly and none is an ActiveRecord method.
# (class name, singular snake_case, plural snake_case)

POOLS = {
    'owner': [('Customer', 'customer', 'customers'), ('Client', 'client', 'clients'),
              ('Member', 'member', 'members'), ('Patron', 'patron', 'patrons'),
              ('Subscriber', 'subscriber', 'subscribers'), ('Tenant', 'tenant', 'tenants'),
              ('Buyer', 'buyer', 'buyers'), ('Partner', 'partner', 'partners')],
    'item': [('Order', 'order', 'orders'), ('Booking', 'booking', 'bookings'),
             ('Invoice', 'invoice', 'invoices'), ('Shipment', 'shipment', 'shipments'),
             ('Reservation', 'reservation', 'reservations'), ('Contract', 'contract', 'contracts'),
             ('Purchase', 'purchase', 'purchases'), ('Quote', 'quote', 'quotes')],
    'line': [('LineItem', 'line_item', 'line_items'), ('Entry', 'entry', 'entries'),
             ('Allocation', 'allocation', 'allocations'), ('Position', 'position', 'positions'),
             ('OrderLine', 'order_line', 'order_lines'), ('Detail', 'detail', 'details')],
    'product': [('Product', 'product', 'products'), ('Part', 'part', 'parts'),
                ('Asset', 'asset', 'assets'), ('Course', 'course', 'courses'),
                ('Device', 'device', 'devices'), ('Ticket', 'ticket', 'tickets'),
                ('Package', 'package', 'packages'), ('Listing', 'listing', 'listings')],
    'profile': [('Profile', 'profile', 'profiles'), ('Wallet', 'wallet', 'wallets'),
                ('Preference', 'preference', 'preferences'), ('Address', 'address', 'addresses'),
                ('Biography', 'biography', 'biographies')],
    'perk': [('Coupon', 'coupon', 'coupons'), ('Voucher', 'voucher', 'vouchers'),
             ('Reward', 'reward', 'rewards'), ('Perk', 'perk', 'perks'),
             ('Discount', 'discount', 'discounts')],
    'tag': [('Tag', 'tag', 'tags'), ('Label', 'label', 'labels'),
            ('Keyword', 'keyword', 'keywords'), ('Topic', 'topic', 'topics'),
            ('Feature', 'feature', 'features')],
    'category': [('Category', 'category', 'categories'), ('Section', 'section', 'sections'),
                 ('Folder', 'folder', 'folders'), ('Catalog', 'catalog', 'catalogs'),
                 ('Department', 'department', 'departments')],
    'picture': [('Picture', 'picture', 'pictures'), ('Image', 'image', 'images'),
                ('Attachment', 'attachment', 'attachments'), ('Photo', 'photo', 'photos'),
                ('Document', 'document', 'documents')],
}
STI_PREFIXES = [('Premium', 'premium'), ('Trusted', 'trusted'), ('Gold', 'gold'),
                ('Corporate', 'corporate'), ('Verified', 'verified')]
POLY_NAMES = ['imageable', 'attachable', 'viewable', 'illustratable']
AREAS = ['billing', 'fleet', 'retail', 'clinic', 'travel', 'school', 'media', 'events',
         'logistics', 'support', 'lending', 'housing', 'grocery', 'fitness', 'legal',
         'energy', 'farming', 'gaming', 'hiring', 'studio']

# The planted mistakes: kind -> the check that reports it (exactly once).
MISTAKES = [
    ('missing_inverse', 'assoc-missing-inverse'),
    ('plural_belongs_to', 'assoc-association-naming'),
    ('invalid_dependent', 'assoc-invalid-option'),
    ('join_table_order', 'assoc-join-table-name'),
    ('duplicate', 'assoc-duplicate-association'),
    ('belongs_to_dependent', 'assoc-belongs-to-dependent'),
    ('inverse_typo', 'assoc-invalid-inverse'),
    ('through_source', 'assoc-through-chain'),
    ('as_typo', 'assoc-polymorphic-pairing'),
    ('missing_dependent', 'assoc-missing-dependent'),
]
ALL_CHECKS = sorted({c for _, c in MISTAKES} | {'assoc-model-conflict'})

DOMAIN_SIZE = 10
STL_HEADERS = ['<algorithm>', '<map>', '<memory>', '<string>', '<vector>']
LAYOUTS = ['direct', 'transitive']

# The transitive layout: the project-wide header, the standard headers it
# includes, and those a project header includes itself (together a superset
# of STL_HEADERS).
COMMON_HEADER = 'project/common.h'
COMMON_STL = ['<cstddef>', '<memory>', '<utility>']
PROJECT_STL = ['<algorithm>', '<map>', '<string>', '<vector>']


def join_table(t1, t2):
    """ActiveRecord's default join table of two tables (byte order, shared
    prefix ending in '_' written once)."""
    a, b = sorted([t1, t2])
    prefix = ''
    for i, ch in enumerate(a):
        if ch in '_.' and b.startswith(a[:i + 1]):
            prefix = a[:i + 1]
    return a + '_' + b[len(prefix):]


def reversed_join_table(t1, t2):
    """The two names in the wrong order, the shared prefix written once."""
    a, b = sorted([t1, t2])
    prefix = ''
    for i, ch in enumerate(a):
        if ch in '_.' and b.startswith(a[:i + 1]):
            prefix = a[:i + 1]
    return prefix + b[len(prefix):] + '_' + a[len(prefix):]


# ---------------------------------------------------------------------------
# Models


class Assoc:
    def __init__(self, kind, target, name, *options, mistake=None, comment=None):
        self.kind, self.target, self.name = kind, target, name
        self.options = list(options)  # (function, argument or None)
        self.mistake = mistake  # (check, 'name' | option function) or None
        self.comment = comment


class Model:
    def __init__(self, role, cls, snake, plural, ns, base=None):
        self.role, self.cls, self.snake, self.plural = role, cls, snake, plural
        self.ns, self.base = ns, base
        self.assocs = []
        self.table_name = None
        self.members = []
        self.includes = []  # other model headers this header includes
        self.tu_includes = []  # model headers its unit includes besides its own

    @property
    def header(self):
        return 'include/%s/%s.h' % (self.ns.replace('::', '/'), self.snake)

    @property
    def include_name(self):
        return '%s/%s.h' % (self.ns.replace('::', '/'), self.snake)

    @property
    def source(self):
        return 'src/%s/%s.cpp' % (self.ns.replace('::', '/'), self.snake)


def support_include_name(ns):
    """The ordinary (no model) project header of namespace `ns`, which the
    transitive layout's ordinary units of `ns` include."""
    return '%s/support.h' % ns.replace('::', '/')


def make_domain(index, rng, mistakes):
    """The ten models of domain `index`, with the mistakes of `mistakes` (a
    set of kinds) planted."""
    area = AREAS[index % len(AREAS)]
    ns = 'acme::%s%d' % (area, index)
    prefix = '%s%d' % (area, index)  # table names
    pick = {role: rng.choice(pool) for role, pool in POOLS.items()}
    sti = rng.choice(STI_PREFIXES)
    poly = rng.choice(POLY_NAMES)

    def model(role, base=None):
        cls, snake, plural = pick[role]
        return Model(role, cls, snake, plural, ns, base)

    O = model('owner')
    S = Model('sti', sti[0] + O.cls, sti[1] + '_' + O.snake, sti[1] + '_' + O.plural, ns, base=O)
    V, F, I, L, P, T, G, X = (model(r) for r in
                              ('perk', 'profile', 'item', 'line', 'product', 'tag', 'category', 'picture'))
    m = mistakes

    # Owner: orders, a profile, pictures, line items through orders.
    O.assocs = [
        Assoc('has_many', I, I.plural, ('dependent', 'destroy'),
              *([] if 'inverse_typo' in m else [('inverse_of', O.snake)])),
        Assoc('has_one', F, F.snake, ('dependent', 'destroy'), ('inverse_of', O.snake)),
        Assoc('has_many', X, X.plural, ('as', poly), ('dependent', 'destroy')),
    ]
    if 'through_source' in m:
        O.assocs.append(Assoc('has_many', P, 'purchased_' + P.plural, ('through', I.plural),
                              mistake=('assoc-through-chain', 'name'),
                              comment='Mistake: %s has no purchased_%s; needs source("%s").'
                              % (I.cls, P.snake, L.plural)))
    else:
        O.assocs.append(Assoc('has_many', L, L.plural, ('through', I.plural)))
    O.members = ['int loyalty_points = 0;', 'bool active = true;']

    # STI subclass of the owner, with perks of its own.
    S.assocs = [Assoc('has_many', V, V.plural, ('dependent', 'destroy'),
                      *([] if 'missing_inverse' in m else [('inverse_of', S.snake)]),
                      mistake=('assoc-missing-inverse', 'name') if 'missing_inverse' in m else None,
                      comment=('Mistake: %s declares nothing back.' % V.cls)
                      if 'missing_inverse' in m else None)]
    S.includes = [O]
    S.tu_includes = [V, X]

    V.assocs = [] if 'missing_inverse' in m else [
        Assoc('belongs_to', S, S.snake, ('inverse_of', V.plural))]
    V.assocs.append(Assoc('has_many', X, X.plural, ('as', poly), ('dependent', 'delete_all')))
    V.members = ['int percent_off = 0;']
    V.tu_includes = [S, X]

    F.assocs = [
        Assoc('belongs_to', O, O.snake, ('inverse_of', F.snake), ('touch', None)),
        Assoc('has_one', X, 'avatar', ('as', poly + 'x' if 'as_typo' in m else poly),
              ('dependent', 'destroy'),
              mistake=('assoc-polymorphic-pairing', 'as') if 'as_typo' in m else None,
              comment=('Mistake: %s\'s polymorphic belongs_to is %s.' % (X.cls, poly))
              if 'as_typo' in m else None),
    ]
    F.tu_includes = [O, X]

    I.assocs = [
        Assoc('belongs_to', O, O.snake,
              ('inverse_of', I.snake if 'inverse_typo' in m else I.plural), ('counter_cache', None),
              mistake=('assoc-invalid-inverse', 'inverse_of') if 'inverse_typo' in m else None,
              comment=('Mistake: %s has no %s; its has_many is %s.' % (O.cls, I.snake, I.plural))
              if 'inverse_typo' in m else None),
        Assoc('has_many', L, L.plural, ('dependent', 'destroy'),
              ('inverse_of', I.plural if 'plural_belongs_to' in m else I.snake)),
        Assoc('has_many', P, P.plural, ('through', L.plural)),
    ]
    I.members = ['long long number = 0;']
    I.tu_includes = [O, L]

    if 'plural_belongs_to' in m:
        bt_item = Assoc('belongs_to', I, I.plural, ('inverse_of', L.plural),
                        ('foreign_key', I.snake + '_id'),
                        mistake=('assoc-association-naming', 'name'),
                        comment='Mistake: a belongs_to takes a singular name.')
    else:
        bt_item = Assoc('belongs_to', I, I.snake, ('inverse_of', L.plural))
    L.assocs = [
        bt_item,
        Assoc('belongs_to', P, P.snake, ('inverse_of', L.plural),
              *([('dependent', 'destroy')] if 'belongs_to_dependent' in m else [('touch', None)]),
              mistake=('assoc-belongs-to-dependent', 'dependent')
              if 'belongs_to_dependent' in m else None,
              comment=('Mistake: other %s still point at the %s.' % (L.plural, P.snake))
              if 'belongs_to_dependent' in m else None),
    ]
    L.members = ['int quantity = 1;', 'double unit_price = 0.0;']
    L.tu_includes = [I, P]

    P.table_name = '%s_%s' % (prefix, P.plural)
    T.table_name = '%s_%s' % (prefix, T.plural)
    P.assocs = [
        Assoc('has_many', L, L.plural, ('dependent', 'restrict_with_error'), ('inverse_of', P.snake)),
        Assoc('has_many', I, I.plural, ('through', L.plural)),
        Assoc('has_and_belongs_to_many', T, T.plural),
        Assoc('has_many', X, X.plural, ('as', poly),
              ('dependent', 'destory' if 'invalid_dependent' in m else 'destroy'),
              mistake=('assoc-invalid-option', 'dependent') if 'invalid_dependent' in m else None,
              comment='Mistake: a misspelled dependent value.' if 'invalid_dependent' in m else None),
        Assoc('belongs_to', G, G.snake, ('optional', None), ('inverse_of', P.plural)),
    ]
    P.members = ['int stock = 0;']
    P.tu_includes = [L, T]

    if 'join_table_order' in m:
        T.assocs = [Assoc('has_and_belongs_to_many', P, P.plural,
                          ('join_table', reversed_join_table(P.table_name, T.table_name)),
                          mistake=('assoc-join-table-name', 'join_table'),
                          comment='Mistake: the two table names in the wrong order.')]
    else:
        T.assocs = [Assoc('has_and_belongs_to_many', P, P.plural)]
    T.tu_includes = [P, G]

    if rng.random() < 0.5:
        G.table_name = '%s_%s' % (prefix, G.plural)
    G.assocs = [
        Assoc('has_many', P, P.plural, ('dependent', 'nullify'), ('inverse_of', G.snake)),
        Assoc('belongs_to', G, 'parent', ('optional', None), ('inverse_of', 'sub_' + G.plural)),
        Assoc('has_many', G, 'sub_' + G.plural, ('foreign_key', 'parent_id'), ('inverse_of', 'parent'),
              *([] if 'missing_dependent' in m else [('dependent', 'destroy')]),
              mistake=('assoc-missing-dependent', 'name') if 'missing_dependent' in m else None,
              comment='Mistake: no dependent.' if 'missing_dependent' in m else None),
    ]
    if 'duplicate' in m:
        G.assocs.append(Assoc('has_many', P, P.plural, ('dependent', 'nullify'), ('inverse_of', G.snake),
                              mistake=('assoc-duplicate-association', 'name'),
                              comment='Mistake: declared a second time.'))
    G.members = ['int position = 0;'] if G.snake != 'position' else ['int rank = 0;']
    G.tu_includes = [P, X]

    X.assocs = [Assoc('belongs_to', 'polymorphic', poly)]
    X.members = ['int width = 0;', 'int height = 0;']
    X.tu_includes = [P, O]

    O.tu_includes = [I, F]
    S.tu_includes = [V, X]
    return [O, S, V, F, I, L, P, T, G, X]


def target_name(a):
    return 'assoc::polymorphic' if a.target == 'polymorphic' else a.target.cls


def render_option(func, arg):
    if arg is None:
        return 'assoc::%s()' % func
    return 'assoc::%s("%s")' % (func, arg)


def render_header(model, findings, layout='direct'):
    """The header's text; appends the planted findings (check, file, line)."""
    guard = ('%s_%s_H' % (model.ns.replace('::', '_'), model.snake)).upper()
    lines = []
    add = lines.append
    if layout == 'direct':
        add('//===- %s.h - %s -------------------------------------===//' % (model.snake, model.cls))
        add('//')
        add('// Generated by test/perf/generate.py.')
        add('//')
        add('//===----------------------------------------------------------------------===//')
        add('')
        add('#ifndef %s' % guard)
        add('#define %s' % guard)
        add('')
        add('#include <assoc/associations.hpp>')
    else:
        # A one-line banner, so that the includes the units no longer have
        # leave every declaration on its line of the direct layout.
        add('// %s.h - %s. Generated by test/perf/generate.py (--layout=transitive).'
            % (model.snake, model.cls))
        add('#ifndef %s' % guard)
        add('#define %s' % guard)
        add('')
        add('#include "%s"' % COMMON_HEADER)
        add('#include <assoc/associations.hpp>')
        for h in PROJECT_STL:
            add('#include %s' % h)
        assert len(lines) == 10, 'the transitive prologue must keep the lines of the direct one'
    for inc in model.includes:
        add('#include "%s"' % inc.include_name)
    add('')
    parts = model.ns.split('::')
    add(' '.join('namespace %s {' % p for p in parts))
    forward = sorted({a.target.cls for a in model.assocs
                      if a.target != 'polymorphic' and a.target is not model
                      and a.target not in model.includes and a.target is not model.base})
    for cls in forward:
        add('struct %s;' % cls)
    if forward:
        add('')
    base = model.base.cls if model.base else 'assoc::model<%s>' % model.cls
    add('struct %s : %s {' % (model.cls, base))
    if model.table_name:
        add('  static constexpr const char *table_name = "%s";' % model.table_name)
    if not model.assocs:
        add('  static constexpr auto associations = assoc::declare();')
    else:
        add('  static constexpr auto associations = assoc::declare(')
        for i, a in enumerate(model.assocs):
            last = i == len(model.assocs) - 1
            if a.comment:
                add('      // %s' % a.comment)
            head = '      assoc::%s<%s>(' % (a.kind, target_name(a))
            opts = [render_option(f, v) for f, v in a.options]
            tail = ')' + (');' if last else ',')
            one = head + ', '.join(['"%s"' % a.name] + opts) + tail
            where = {}
            if len(one) <= 80:
                add(one)
                where['name'] = len(lines)
                for f, _ in a.options:
                    where.setdefault(f, len(lines))
            else:
                add(head + '"%s",' % a.name)
                where['name'] = len(lines)
                indent = ' ' * len(head)
                for j, (f, v) in enumerate(a.options):
                    add(indent + render_option(f, v) + (tail if j == len(a.options) - 1 else ','))
                    where.setdefault(f, len(lines))
            if a.mistake:
                check, at = a.mistake
                findings.append({'check': check, 'file': model.header, 'line': where[at]})
    for member in model.members:
        add('  %s' % member)
    add('};')
    add('')
    add('} ' * len(parts) + '// namespace %s' % model.ns)
    add('')
    add('#endif // %s' % guard)
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------------------
# Ordinary code: a pool of function templates, filled with names and numbers.

SNIPPETS = [
    # records, totals, sorting
    '''struct {R} {{
  std::string name;
  int quantity = 0;
  double price = 0.0;
}};

double total_{s}(const std::vector<{R}> &Items) {{
  double Sum = 0.0;
  for (const {R} &Item : Items) {{
    Sum += Item.price * Item.quantity;
  }}
  return Sum;
}}

std::vector<{R}> top_{s}(std::vector<{R}> Items, std::size_t Count) {{
  std::sort(Items.begin(), Items.end(), [](const {R} &A, const {R} &B) {{
    return A.price * A.quantity > B.price * B.quantity;
  }});
  if (Items.size() > Count) {{
    Items.resize(Count);
  }}
  return Items;
}}
''',
    # splitting
    '''std::vector<std::string> split_{s}(const std::string &Line, char Separator) {{
  std::vector<std::string> Fields;
  std::string Current;
  for (char C : Line) {{
    if (C == Separator) {{
      Fields.push_back(Current);
      Current.clear();
    }} else if (C != '\\r') {{
      Current += C;
    }}
  }}
  Fields.push_back(Current);
  return Fields;
}}
''',
    # grouping
    '''std::map<std::string, std::vector<int>>
group_{s}(const std::vector<std::pair<std::string, int>> &Rows) {{
  std::map<std::string, std::vector<int>> Groups;
  for (const auto &Row : Rows) {{
    Groups[Row.first].push_back(Row.second * {n});
  }}
  for (auto &Entry : Groups) {{
    std::sort(Entry.second.begin(), Entry.second.end());
    Entry.second.erase(std::unique(Entry.second.begin(), Entry.second.end()),
                       Entry.second.end());
  }}
  return Groups;
}}
''',
    # a small class hierarchy owned through unique_ptr
    '''class {R}Base {{
public:
  virtual ~{R}Base() = default;
  virtual std::string describe() const = 0;
  virtual int weight() const {{ return {n}; }}
}};

class {R}Leaf final : public {R}Base {{
public:
  explicit {R}Leaf(std::string Label) : Label(std::move(Label)) {{}}
  std::string describe() const override {{ return "leaf:" + Label; }}
  int weight() const override {{ return static_cast<int>(Label.size()) + {m}; }}

private:
  std::string Label;
}};

std::vector<std::unique_ptr<{R}Base>> make_{s}(int Count) {{
  std::vector<std::unique_ptr<{R}Base>> Items;
  for (int I = 0; I < Count; ++I) {{
    Items.push_back(std::make_unique<{R}Leaf>("item" + std::to_string(I)));
  }}
  return Items;
}}

int heavy_{s}(const std::vector<std::unique_ptr<{R}Base>> &Items, int Limit) {{
  return static_cast<int>(std::count_if(
      Items.begin(), Items.end(),
      [Limit](const std::unique_ptr<{R}Base> &Item) {{ return Item->weight() > Limit; }}));
}}
''',
    # templates, instantiated
    '''template <class T> T clamp_{s}(T Value, T Low, T High) {{
  if (Value < Low) {{
    return Low;
  }}
  if (High < Value) {{
    return High;
  }}
  return Value;
}}

template <class Container, class Predicate>
std::size_t count_{s}(const Container &Values, Predicate Keep) {{
  std::size_t Count = 0;
  for (const auto &Value : Values) {{
    if (Keep(Value)) {{
      ++Count;
    }}
  }}
  return Count;
}}

int use_{s}() {{
  std::vector<int> Values = {{{n}, {m}, 3, 14, 15, 92, 65}};
  std::vector<double> Ratios = {{0.5, 1.5, 2.5}};
  int Clamped = clamp_{s}<int>(Values.front(), 0, {m});
  double Ratio = clamp_{s}<double>(Ratios.back(), 0.0, 1.0);
  return Clamped + static_cast<int>(count_{s}(Values, [](int V) {{ return V % 2 == 0; }})) +
         static_cast<int>(Ratio * 10);
}}
''',
    # strings
    '''std::string escape_{s}(const std::string &In) {{
  std::string Out;
  Out.reserve(In.size() + {n});
  for (char C : In) {{
    switch (C) {{
    case '"':
      Out += "\\\\\\"";
      break;
    case '\\\\':
      Out += "\\\\\\\\";
      break;
    case '\\n':
      Out += "\\\\n";
      break;
    default:
      Out += C;
    }}
  }}
  return Out;
}}

std::string join_{s}(const std::vector<std::string> &Parts, const std::string &Separator) {{
  std::string Out;
  for (std::size_t I = 0; I != Parts.size(); ++I) {{
    if (I != 0) {{
      Out += Separator;
    }}
    Out += escape_{s}(Parts[I]);
  }}
  return Out;
}}
''',
    # a state machine
    '''enum class {R}State {{ Idle, Running, Paused, Done }};

{R}State next_{s}({R}State State, const std::string &Event) {{
  switch (State) {{
  case {R}State::Idle:
    return Event == "start" ? {R}State::Running : State;
  case {R}State::Running:
    if (Event == "pause") {{
      return {R}State::Paused;
    }}
    return Event == "finish" ? {R}State::Done : State;
  case {R}State::Paused:
    return Event == "resume" ? {R}State::Running : State;
  case {R}State::Done:
    return State;
  }}
  return State;
}}

int run_{s}(const std::vector<std::string> &Events) {{
  {R}State State = {R}State::Idle;
  int Steps = 0;
  for (const std::string &Event : Events) {{
    {R}State Next = next_{s}(State, Event);
    if (Next != State) {{
      ++Steps;
    }}
    State = Next;
  }}
  return State == {R}State::Done ? Steps : -Steps;
}}
''',
    # a cache of shared strings
    '''class {R}Cache {{
public:
  explicit {R}Cache(std::size_t Capacity) : Capacity(Capacity) {{}}

  std::shared_ptr<const std::string> get(const std::string &Key) const {{
    auto It = Entries.find(Key);
    return It == Entries.end() ? nullptr : It->second;
  }}

  void put(const std::string &Key, std::string Value) {{
    if (Entries.count(Key) == 0) {{
      Order.push_back(Key);
    }}
    Entries[Key] = std::make_shared<const std::string>(std::move(Value));
    while (Order.size() > Capacity) {{
      Entries.erase(Order.front());
      Order.erase(Order.begin());
    }}
  }}

  std::size_t size() const {{ return Entries.size(); }}

private:
  std::size_t Capacity;
  std::map<std::string, std::shared_ptr<const std::string>> Entries;
  std::vector<std::string> Order;
}};

std::size_t fill_{s}({R}Cache &Cache, int Count) {{
  for (int I = 0; I < Count; ++I) {{
    Cache.put("key" + std::to_string(I % {n}), std::to_string(I * {m}));
  }}
  return Cache.size();
}}
''',
    # statistics
    '''struct {R}Stats {{
  double Mean = 0.0;
  double Variance = 0.0;
  int Median = 0;
  int Max = 0;
}};

{R}Stats stats_{s}(std::vector<int> Values) {{
  {R}Stats Out;
  if (Values.empty()) {{
    return Out;
  }}
  double Sum = 0.0;
  for (int V : Values) {{
    Sum += V;
  }}
  Out.Mean = Sum / static_cast<double>(Values.size());
  for (int V : Values) {{
    Out.Variance += (V - Out.Mean) * (V - Out.Mean);
  }}
  Out.Variance /= static_cast<double>(Values.size());
  std::nth_element(Values.begin(), Values.begin() + Values.size() / 2, Values.end());
  Out.Median = Values[Values.size() / 2];
  Out.Max = *std::max_element(Values.begin(), Values.end());
  return Out;
}}
''',
    # parsing numbers
    '''bool parse_{s}(const std::string &Text, std::vector<long> &Out) {{
  long Current = 0;
  bool InNumber = false;
  for (char C : Text) {{
    if (C >= '0' && C <= '9') {{
      Current = Current * 10 + (C - '0');
      InNumber = true;
    }} else if (C == ',' || C == ' ') {{
      if (InNumber) {{
        Out.push_back(Current);
      }}
      Current = 0;
      InNumber = false;
    }} else {{
      return false;
    }}
  }}
  if (InNumber) {{
    Out.push_back(Current);
  }}
  return Out.size() < {big};
}}
''',
    # matrices
    '''using {R}Matrix = std::vector<std::vector<double>>;

{R}Matrix multiply_{s}(const {R}Matrix &A, const {R}Matrix &B) {{
  std::size_t Rows = A.size();
  std::size_t Inner = B.size();
  std::size_t Cols = Inner == 0 ? 0 : B.front().size();
  {R}Matrix C(Rows, std::vector<double>(Cols, 0.0));
  for (std::size_t I = 0; I < Rows; ++I) {{
    for (std::size_t K = 0; K < Inner; ++K) {{
      for (std::size_t J = 0; J < Cols; ++J) {{
        C[I][J] += A[I][K] * B[K][J];
      }}
    }}
  }}
  return C;
}}

{R}Matrix identity_{s}(std::size_t Size) {{
  {R}Matrix M(Size, std::vector<double>(Size, 0.0));
  for (std::size_t I = 0; I < Size; ++I) {{
    M[I][I] = 1.0;
  }}
  return M;
}}
''',
    # cleaning lists of words
    '''std::vector<std::string> normalize_{s}(std::vector<std::string> Words) {{
  for (std::string &Word : Words) {{
    std::transform(Word.begin(), Word.end(), Word.begin(), [](char C) {{
      return C >= 'A' && C <= 'Z' ? static_cast<char>(C - 'A' + 'a') : C;
    }});
  }}
  Words.erase(std::remove_if(Words.begin(), Words.end(),
                             [](const std::string &W) {{ return W.size() < {small}; }}),
              Words.end());
  std::sort(Words.begin(), Words.end());
  Words.erase(std::unique(Words.begin(), Words.end()), Words.end());
  return Words;
}}

std::map<char, int> initials_{s}(const std::vector<std::string> &Words) {{
  std::map<char, int> Count;
  for (const std::string &Word : Words) {{
    if (!Word.empty()) {{
      ++Count[Word.front()];
    }}
  }}
  return Count;
}}
''',
    # an index over ids
    '''class {R}Index {{
public:
  void add(int Id, const std::string &Key) {{
    ById[Id] = Key;
    ByKey[Key].push_back(Id);
  }}

  std::vector<int> lookup(const std::string &Key) const {{
    auto It = ByKey.find(Key);
    if (It == ByKey.end()) {{
      return {{}};
    }}
    std::vector<int> Ids = It->second;
    std::sort(Ids.begin(), Ids.end());
    return Ids;
  }}

  bool remove(int Id) {{
    auto It = ById.find(Id);
    if (It == ById.end()) {{
      return false;
    }}
    std::vector<int> &Ids = ByKey[It->second];
    Ids.erase(std::remove(Ids.begin(), Ids.end(), Id), Ids.end());
    ById.erase(It);
    return true;
  }}

private:
  std::map<int, std::string> ById;
  std::map<std::string, std::vector<int>> ByKey;
}};
''',
]

MODEL_SNIPPET = '''template <class Model> std::size_t count_kind_{s}(assoc::kind Kind) {{
  std::size_t Count = 0;
  for (std::size_t I = 0; I != Model::associations.size(); ++I) {{
    if (Model::associations[I].kind() == Kind) {{
      ++Count;
    }}
  }}
  return Count;
}}

template <class Model> std::vector<std::string> names_{s}() {{
  std::vector<std::string> Names;
  for (std::size_t I = 0; I != Model::associations.size(); ++I) {{
    Names.push_back(Model::associations[I].name());
  }}
  std::sort(Names.begin(), Names.end());
  return Names;
}}
'''

WORDS = ['Report', 'Ledger', 'Batch', 'Queue', 'Slot', 'Route', 'Score', 'Budget', 'Shift',
         'Track', 'Metric', 'Window', 'Bucket', 'Sample', 'Quota', 'Period', 'Token', 'Signal']


def render_code(rng, lines_target, model_types=None):
    """Ordinary function bodies, about `lines_target` lines."""
    out = []
    used = 0
    serial = 0
    if model_types:
        out.append(MODEL_SNIPPET.format(s='m'))
        out.append('std::size_t association_count() {')
        out.append('  std::size_t Count = 0;')
        for t in model_types:
            out.append('  Count += names_m<%s>().size();' % t)
            out.append('  Count += count_kind_m<%s>(assoc::kind::has_many);' % t)
        out.append('  return Count;')
        out.append('}')
        out.append('')
        used = sum(x.count('\n') for x in out) + 1
    while used < lines_target:
        snippet = rng.choice(SNIPPETS)
        serial += 1
        text = snippet.format(s='%s%d' % (rng.choice(WORDS).lower(), serial),
                              R='%s%d' % (rng.choice(WORDS), serial),
                              n=rng.randint(2, 97), m=rng.randint(3, 500),
                              small=rng.randint(1, 4), big=rng.randint(100, 10000))
        out.append(text)
        used += text.count('\n') + 1
    return '\n'.join(out)


def render_common_header():
    """The transitive layout's project-wide header: a few standard headers
    and a name or two, included by every project header."""
    lines = ['// Generated by test/perf/generate.py (--layout=transitive): the project-wide',
             '// header every project header includes.',
             '#ifndef PROJECT_COMMON_H',
             '#define PROJECT_COMMON_H',
             '']
    for h in COMMON_STL:
        lines.append('#include %s' % h)
    lines.extend(['',
                  'namespace acme {',
                  'using id_type = long long;',
                  'constexpr std::size_t max_batch = 64;',
                  '} // namespace acme',
                  '',
                  '#endif // PROJECT_COMMON_H'])
    return '\n'.join(lines) + '\n'


def render_support_header(ns):
    """The transitive layout's ordinary header of namespace `ns`: the
    standard headers and ordinary declarations, never the vocabulary."""
    guard = ('%s_SUPPORT_H' % ns.replace('::', '_')).upper()
    lines = ['// Generated by test/perf/generate.py (--layout=transitive): ordinary',
             '// declarations of %s, no model.' % ns,
             '#ifndef %s' % guard,
             '#define %s' % guard,
             '',
             '#include "%s"' % COMMON_HEADER,
             '']
    for h in PROJECT_STL:
        lines.append('#include %s' % h)
    lines.extend(['',
                  ' '.join('namespace %s {' % p for p in ns.split('::')),
                  'struct Settings {',
                  '  std::string name;',
                  '  std::vector<std::string> tags;',
                  '  std::map<std::string, int> limits;',
                  '};',
                  '',
                  'inline int limit_of(const Settings &S, const std::string &Key) {',
                  '  auto It = S.limits.find(Key);',
                  '  return It == S.limits.end() ? 0 : It->second;',
                  '}',
                  '} ' * len(ns.split('::')) + '// namespace %s' % ns,
                  '',
                  '#endif // %s' % guard])
    return '\n'.join(lines) + '\n'


def render_model_unit(model, rng, layout='direct'):
    lines = ['// Generated by test/perf/generate.py: the unit of %s::%s.' % (model.ns, model.cls), '']
    lines.append('#include "%s"' % model.include_name)
    for other in model.tu_includes:
        lines.append('#include "%s"' % other.include_name)
    lines.append('')
    if layout == 'direct':
        for h in STL_HEADERS:
            lines.append('#include %s' % h)
        lines.append('')
    lines.append('namespace %s {' % model.ns)
    lines.append('namespace {')
    lines.append('')
    types = [model.cls] + [o.cls for o in model.tu_includes]
    lines.append(render_code(rng, rng.randint(220, 380), types))
    lines.append('} // namespace')
    lines.append('')
    lines.append('std::size_t %s_unit_entry() { return association_count(); }' % model.snake)
    lines.append('')
    lines.append('} // namespace %s' % model.ns)
    return '\n'.join(lines) + '\n'


def render_plain_unit(ns, name, rng, layout='direct'):
    lines = ['// Generated by test/perf/generate.py: ordinary code, no model.', '']
    headers = list(STL_HEADERS) if layout == 'direct' else ['"%s"' % support_include_name(ns)]
    for h in headers:
        lines.append('#include %s' % h)
    lines.append('')
    lines.append('namespace %s {' % ns)
    lines.append('namespace %s {' % name)
    lines.append('')
    lines.append(render_code(rng, rng.randint(220, 380)))
    lines.append('} // namespace %s' % name)
    lines.append('} // namespace %s' % ns)
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------------------


def fingerprint(args):
    with open(os.path.abspath(__file__), 'rb') as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    return {'generator': digest, 'version': GENERATOR_VERSION, 'models': args.models,
            'plain_per_model': args.plain_per_model, 'seed': args.seed,
            'layout': getattr(args, 'layout', 'direct'), 'repo': REPO}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    try:
        with open(path) as f:
            if f.read() == text:
                return  # keep the mtime: a reused codebase stays warm for the cache
    except OSError:
        pass
    with open(path, 'w') as f:
        f.write(text)


def generate(models, plain_per_model, seed, out, layout='direct'):
    if models <= 0 or models % DOMAIN_SIZE:
        raise SystemExit('generate.py: --models must be a positive multiple of %d' % DOMAIN_SIZE)
    if layout not in LAYOUTS:
        raise SystemExit('generate.py: --layout must be one of %s' % ', '.join(LAYOUTS))
    out = os.path.abspath(out)
    domains = models // DOMAIN_SIZE
    per_kind = max(1, models // 100)
    rng = random.Random('assoc-perf:%d' % seed)

    # Plant the mistakes: instance j of kind k goes to a domain; kinds are
    # spread so that a domain holds at most one of each kind (and, when
    # there are at least as many domains as mistakes, one mistake at most).
    slots = list(range(domains))
    rng.shuffle(slots)
    planted = {d: set() for d in range(domains)}
    n = 0
    for j in range(per_kind):
        for kind, _ in MISTAKES:
            planted[slots[n % domains]].add(kind)
            n += 1

    findings = []
    all_models = []
    for d in range(domains):
        ms = make_domain(d, random.Random('assoc-perf:%d:domain:%d' % (seed, d)), planted[d])
        all_models.extend(ms)

    entries = []
    include_flags = ['-std=c++17', '-I' + os.path.join(REPO, 'include'), '-I' + os.path.join(out, 'include')]

    def entry(rel):
        path = os.path.join(out, rel)
        return {'directory': out, 'file': path,
                'arguments': ['clang++-19'] + include_flags + ['-c', path, '-o', path[:-4] + '.o']}

    plain_names = ['util', 'format', 'report', 'import', 'export', 'audit', 'cache', 'sync']
    if layout == 'transitive':
        write(os.path.join(out, 'include', COMMON_HEADER), render_common_header())
        for ns in sorted({m.ns for m in all_models}):
            write(os.path.join(out, 'include', support_include_name(ns)), render_support_header(ns))
    for model in all_models:
        write(os.path.join(out, model.header), render_header(model, findings, layout))
        urng = random.Random('assoc-perf:%d:unit:%s' % (seed, model.source))
        write(os.path.join(out, model.source), render_model_unit(model, urng, layout))
        entries.append(entry(model.source))
        for k in range(plain_per_model):
            name = '%s_%s' % (model.snake, plain_names[k % len(plain_names)] + ('' if k < 8 else str(k)))
            rel = 'src/%s/%s.cpp' % (model.ns.replace('::', '/'), name)
            prng = random.Random('assoc-perf:%d:plain:%s' % (seed, rel))
            write(os.path.join(out, rel), render_plain_unit(model.ns, name, prng, layout))
            entries.append(entry(rel))

    write(os.path.join(out, 'compile_commands.json'), json.dumps(entries, indent=1) + '\n')
    counts = {c: 0 for c in ALL_CHECKS}
    for f in findings:
        counts[f['check']] += 1
    expected = {
        'fingerprint': None,
        'models': len(all_models),
        'model_units': len(all_models),
        'plain_units': len(all_models) * plain_per_model,
        'units': len(entries),
        'findings': counts,
        'total': len(findings),
        'planted': sorted(findings, key=lambda f: (f['file'], f['line'], f['check'])),
    }
    return expected


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--models', type=int, required=True, help='number of models (a multiple of 10)')
    ap.add_argument('--plain-per-model', type=int, default=0,
                    help='ordinary units (no model header) per model unit')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--layout', choices=LAYOUTS, default='direct',
                    help='direct (default): each unit includes the standard headers itself; '
                    'transitive: units include project headers only, which include the standard '
                    'headers, the vocabulary (model headers only) and include/%s' % COMMON_HEADER)
    ap.add_argument('--out', required=True, help='output directory')
    args = ap.parse_args(argv)
    expected = generate(args.models, args.plain_per_model, args.seed, args.out, args.layout)
    expected['fingerprint'] = fingerprint(args)
    write(os.path.join(os.path.abspath(args.out), 'expected.json'), json.dumps(expected, indent=1) + '\n')
    print('generate.py: %d models, %d units (%d with models), %d planted findings, %s layout, in %s'
          % (expected['models'], expected['units'], expected['model_units'], expected['total'],
             args.layout, os.path.abspath(args.out)))


if __name__ == '__main__':
    main()
