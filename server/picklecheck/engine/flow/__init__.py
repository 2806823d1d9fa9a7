"""The value-flow layer: which expressions can reach a value, and how.

The judge (`engine/values.py`) decides whether a value can be pickled; this package only
follows values through the code, syntactically and within one project, and never decides:

- `project`: which code belongs to the project being analysed (not the stdlib or packages);
- `syntax`: assignments, parameters bound at call sites, calls of a function, attributes
  replaced before a use;
- `state`: object state, the attributes a class sets on `self` (in `__init__`, in the methods
  it calls, in methods called before a boundary), what `__getstate__` drops, where a class is
  constructed;
- `containers`: values put into lists, dicts and sets, also in loops of helper functions;
- `classes`: the class a call constructs, resolved by its definition (never by a bare name),
  also across the project's modules;
- `registries`: the classes a registry dict may hand out (`PLUGINS[name](...)`), filled by
  literals, registering decorators or `__init_subclass__`.
"""
