"""ctypes structures that hold pointers: `ctypes.Structure` (and `Union`) instances pickle their
buffer, which ctypes refuses when a field is a pointer ("ctypes objects containing pointers
cannot be pickled"): `POINTER(c_double)`, `c_char_p`, `c_void_p`, `c_wchar_p`, `py_object`.
Read from the class statement: the bases and a literal `_fields_`."""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine import rules
from picklecheck.engine.flow.syntax import single_assigned_value, syntactic_names
from picklecheck.engine.problem import Problem, snippet

_STRUCTURES = frozenset(
    f"ctypes.{name}"
    for name in ("Structure", "Union", "BigEndianStructure", "LittleEndianStructure")
)
_POINTER_TYPES = frozenset(
    f"ctypes.{name}" for name in ("c_char_p", "c_void_p", "c_wchar_p", "py_object")
)
_POINTER_MAKERS = frozenset({"ctypes.POINTER"})
ERROR = "ValueError: ctypes objects containing pointers cannot be pickled"


def pointer_structure(cls: nodes.ClassDef) -> Problem | None:
    """The class derives from a ctypes structure and one of its `_fields_` is a pointer."""
    if not any(syntactic_names(base) & _STRUCTURES for base in cls.bases):
        return None
    for field_name, field_type in _fields(cls):
        if _is_pointer(field_type):
            return Problem.at(
                rules.PKL004,
                (field_type, f"the field `{field_name}` of `{cls.name}` is a pointer"),
                f"a ctypes structure `{cls.name}` holding a pointer (`{field_name}`)",
                ERROR,
            )
    return None


def _fields(cls: nodes.ClassDef) -> list[tuple[str, nodes.NodeNG]]:
    for statement in cls.body:
        if not (
            isinstance(statement, nodes.Assign)
            and any(getattr(t, "name", None) == "_fields_" for t in statement.targets)
            and isinstance(statement.value, (nodes.List, nodes.Tuple))
        ):
            continue
        return [
            (str(entry.elts[0].value), entry.elts[1])
            for entry in statement.value.elts
            if isinstance(entry, nodes.Tuple)
            and len(entry.elts) >= 2
            and isinstance(entry.elts[0], nodes.Const)
        ]
    return []


def _is_pointer(field_type: nodes.NodeNG) -> bool:
    if isinstance(field_type, nodes.Call):
        return bool(syntactic_names(field_type.func) & _POINTER_MAKERS)
    return bool(syntactic_names(field_type) & _POINTER_TYPES)


def string_buffer(call: nodes.Call) -> Problem | None:
    """`ctypes.create_string_buffer(64)` (or of `b"text"`, or `create_unicode_buffer`): an
    instance of the array type ctypes makes on the fly (`c_char_Array_64`), which pickle looks
    up in `ctypes` and does not find."""
    names = syntactic_names(call.func)
    element = next((_BUFFER_ELEMENTS[n] for n in names if n in _BUFFER_ELEMENTS), None)
    if element is None or not call.args:
        return None
    generated = f"{element}_Array_{_buffer_size(call, element)}"
    note = f"`{snippet(call)}` makes an array of the type `ctypes.{generated}`"
    return _generated_array(
        call, note, "a ctypes string buffer, an instance of", generated, "ctypes"
    )


_BUFFER_ELEMENTS = {
    "ctypes.create_string_buffer": "c_char",
    "ctypes.create_unicode_buffer": "c_wchar",
}


def _buffer_size(call: nodes.Call, element: str) -> str:
    """The buffer's length: `size=` if given, an int argument, or a constant's length + 1."""
    given = call.args[1] if len(call.args) > 1 else None
    given = next((k.value for k in call.keywords or [] if k.arg == "size"), given)
    first = given if given is not None else call.args[0]
    if isinstance(first, nodes.Const) and type(first.value) is int:
        return str(first.value)
    text = (bytes,) if element == "c_char" else (str,)
    if given is None and isinstance(first, nodes.Const) and isinstance(first.value, text):
        return str(len(first.value) + 1)
    return "<size>"


def array_instance(call: nodes.Call, module_name: str) -> Problem | None:
    """`(ctypes.c_ubyte * 2)()`: an instance of the array type the multiplication makes, a
    class pickle looks up by its generated name (`c_ubyte_Array_2`) in the module that made
    it, where no such name exists. multiprocessing's own `RawArray`/`Array` are reduced
    differently (shared memory) and are not calls of this shape."""
    made = call.func
    if isinstance(made, nodes.Name):  # `buf_type = ctypes.c_char * size`, then `buf_type()`
        made = single_assigned_value(made)
    if not (isinstance(made, nodes.BinOp) and made.op == "*") or call.args or call.keywords:
        return None
    element = next(
        (name for name in syntactic_names(made.left) if name.startswith("ctypes.c_")), None
    )
    if element is None:
        return None
    length = made.right
    constant = isinstance(length, nodes.Const) and type(length.value) is int
    size = str(length.value) if constant else "<size>"
    generated = f"{element.removeprefix('ctypes.')}_Array_{size}"
    note = f"`{made.as_string()}` makes an array type named `{generated}`"
    return _generated_array(
        call, note, "an instance of the ctypes array type", generated, module_name
    )


def _generated_array(
    call: nodes.Call, note: str, kind: str, generated: str, module_name: str
) -> Problem:
    """An instance of an array type ctypes generates, which pickle looks up by its generated
    name in `module_name` (the module that made it, or `ctypes`)."""
    return Problem.at(
        rules.PKL014,
        (call, note),
        f"{kind} `{generated}`, which no module defines",
        f"PicklingError: Can't pickle <class '{module_name}.{generated}'>: attribute lookup "
        f"{generated} on {module_name} failed",
    )
