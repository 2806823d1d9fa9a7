"""Files and pipes: the exact type pickle names depends on how the stream was opened.

`open(path, "rb")` (also `os.fdopen(fd, "rb")`, `path.open("rb")`, `sock.makefile("rb")`) is an
`_io.BufferedReader`, `"wb"` a BufferedWriter, `"r+b"` a BufferedRandom, `buffering=0` a
FileIO; only text modes give a TextIOWrapper. The stream of
`subprocess.Popen(..., stdout=PIPE)` is a BufferedReader (BufferedWriter for stdin), or a
TextIOWrapper with `text=True`, `universal_newlines=True`, `encoding=` or `errors=`; without
`=PIPE` the attribute is None and pickles fine. `numpy.load` of a `.npz` archive is an
`NpzFile` keeping the archive's file open (numpy 18124); of a `.npy` file, an array.
"""

from __future__ import annotations

from collections.abc import Callable

from astroid import nodes

from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.boundary import argument, creating_call, keyword_value, literal
from picklecheck.engine.flow.syntax import single_assigned_value
from picklecheck.engine.knowledge import Unpicklable

_METHOD_OPENERS = frozenset({"pathlib.Path.open", "socket.socket.makefile"})
_OPENERS = frozenset({"builtins.open", "_io.open", "io.open", "os.fdopen"}) | _METHOD_OPENERS
_TEMPORARY_FILES = frozenset({"tempfile.TemporaryFile", "tempfile.NamedTemporaryFile"})
_STREAMS = ("stdin", "stdout", "stderr")
_TEXT_OPTIONS = ("text", "universal_newlines", "encoding", "errors")


def _file(type_name: str, what: str = "an open file") -> Unpicklable:
    return Unpicklable(what, f"TypeError: cannot pickle '_io.{type_name}' object")


def opened_file(call: nodes.Call, callee: str) -> Unpicklable | None:
    """The stream `open(...)` returns when its mode is a literal binary mode; a temporary
    file opened in a literal text mode (its default "w+b" is the knowledge entry)."""
    if callee in _TEMPORARY_FILES:
        mode = _literal(argument(call, 0, "mode"), "w+b")
        text = isinstance(mode, str) and "b" not in mode
        return _file("TextIOWrapper", "an open temporary file") if text else None
    if callee not in _OPENERS:
        return None
    first = 0 if callee in _METHOD_OPENERS else 1  # a method's path is its receiver
    mode = _literal(argument(call, first, "mode"), "r")
    if not isinstance(mode, str) or "b" not in mode:
        return None  # text (the default knowledge entry), or not known
    if _literal(argument(call, first + 1, "buffering"), -1) == 0:
        return _file("FileIO") if callee != "socket.socket.makefile" else None  # a SocketIO
    if "+" in mode:
        return _file("BufferedRandom")
    return _file("BufferedReader" if "r" in mode else "BufferedWriter")


def written_text_file(call: nodes.Call, callee: str) -> Unpicklable | None:
    """`open(path, "w")` (or "a", "x"): cloudpickle copies a text file by reading it again,
    which it refuses for a file opened only for writing."""
    if callee not in _OPENERS:
        return None
    first = 0 if callee in _METHOD_OPENERS else 1
    mode = _literal(argument(call, first, "mode"), "r")
    if not isinstance(mode, str) or "b" in mode or "r" in mode or "+" in mode:
        return None
    return Unpicklable(
        "an open file written to (cloudpickle copies only files opened for reading)",
        f"PicklingError: Cannot pickle files that are not opened for reading: {mode}",
    )


# Library objects that open a log file for writing when given its name, and which argument
# names it: Stable-Baselines3's `Monitor(env, filename)` keeps it on its results writer.
_FILE_WRITERS = {
    "stable_baselines3.common.monitor.Monitor": ("filename", 1),
    "stable_baselines3.common.Monitor": ("filename", 1),
}


def library_file_writer(
    call: nodes.Call, names: set[str]
) -> tuple[Unpicklable, Unpicklable] | None:
    """`Monitor(env, log_path)`: what pickle says of the object (its open text file), and
    what cloudpickle says when it copies the file (opened to write)."""
    spec = next((_FILE_WRITERS[name] for name in sorted(names) if name in _FILE_WRITERS), None)
    if spec is None:
        return None
    keyword, position = spec
    given = argument(call, position, keyword)
    if given is None or _literal(given, None) is None:
        return None  # no file name: no log file
    what = f"a `{spelled_name(call.func) or 'Monitor'}` writing its log file"
    return _file("TextIOWrapper", what), Unpicklable(
        what, "PicklingError: Cannot pickle files that are not opened for reading: w"
    )


def popen_stream(
    attribute: nodes.Attribute, names_of: Callable[[nodes.NodeNG], set[str]]
) -> Unpicklable | None:
    """`proc.stdout` of `proc = subprocess.Popen(..., stdout=subprocess.PIPE)`.

    `names_of` gives an expression's dotted names from the imports (flow.syntax.syntactic_names).
    """
    if attribute.attrname not in _STREAMS:
        return None
    popen = creating_call(attribute.expr)
    if popen is None or "subprocess.Popen" not in names_of(popen.func):
        return None
    pipe = keyword_value(popen, attribute.attrname)
    if pipe is None or "subprocess.PIPE" not in names_of(pipe):
        return None
    what = f"the `{attribute.attrname}` pipe of a subprocess"
    options = [_literal(keyword_value(popen, o), None) for o in _TEXT_OPTIONS]
    if ... in options:
        return None  # `text=flag`: not known
    if any(option not in (None, False) for option in options):
        return _file("TextIOWrapper", what)
    if _literal(keyword_value(popen, "bufsize"), -1) == 0:
        return _file("FileIO", what)
    return _file("BufferedWriter" if attribute.attrname == "stdin" else "BufferedReader", what)


def _literal(node: nodes.NodeNG | None, default: object) -> object:
    """A constant's value (also through a name bound once); `default` when absent; `...` when
    not a constant."""
    return default if node is None else literal(node)


_NUMPY_LOADERS = frozenset({"numpy.load", "numpy.lib.npyio.load"})
_PATH_STEPS = 4  # names and joins followed back from the path argument


def npz_archive(call: nodes.Call, callee: str) -> Unpicklable | None:
    """`np.load(path)` where `path` surely names a `.npz` file: a literal, a name bound once,
    `os.path.join(..., "x.npz")`, `folder / "x.npz"`, `base + ".npz"` or an f-string ending so."""
    if callee not in _NUMPY_LOADERS or not _names_npz(argument(call, 0, "file"), _PATH_STEPS):
        return None
    return _file("BufferedReader", "a NumPy `.npz` archive (an NpzFile keeping its file open)")


def _names_npz(path: nodes.NodeNG | None, steps: int) -> bool:
    if path is None or steps == 0:
        return False
    if isinstance(path, nodes.Const):
        return isinstance(path.value, str) and path.value.lower().endswith(".npz")
    if isinstance(path, nodes.JoinedStr):
        return bool(path.values) and _names_npz(path.values[-1], steps)
    if isinstance(path, nodes.BinOp) and path.op in ("+", "/"):
        return _names_npz(path.right, steps - 1)
    if isinstance(path, nodes.Call) and path.args and _is_path_join(path):
        return _names_npz(path.args[-1], steps - 1)
    if isinstance(path, nodes.Name):
        return _names_npz(single_assigned_value(path), steps - 1)
    return False


def _is_path_join(call: nodes.Call) -> bool:
    func = call.func
    return isinstance(func, nodes.Attribute) and func.attrname in ("join", "joinpath")
