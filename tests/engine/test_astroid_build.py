"""How modules are built (engine/astroid_build.py, astroid_imports.py, astroid_facade.parse).

Each check that changes astroid's global state (its registered transforms, the search path)
runs in a fresh interpreter, so that it sees astroid as the engine sets it up and leaves this
test process alone.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from tests.bounded import run_bounded

# Every call, name and attribute of these modules is asked each of astroid's original
# predicates: one that holds must be among those the dispatch picks for the node's spelling.
SOUNDNESS = r"""
import json, sys
import astroid
from astroid import nodes
from picklecheck.engine import astroid_build

registered = astroid.MANAGER._transform.transforms
originals = {kind: list(registered[kind]) for kind in astroid_build._SPELLING_OF}
astroid_build.install_build_guards()
keys = {kind: [(p, astroid_build._spelled_names_of(p)) for _t, p in entries]
        for kind, entries in originals.items()}
sources = [
    (open(astroid.modutils.file_from_modpath([name])).read(), name) for name in sys.argv[1:]
]
sources.append(("empty(3)\nwhere(x)\n", "numpy.core.sample"))
sources.append(("Pattern = type(compile(''))\nMatch = type(None)\n", "regex._main"))
sources.append(('''
import gi, numpy as np
gi.require_version("Gtk", "3.0")
array = np.ndarray((2,))
grid = np.linspace(0, 1) + np.ones(3) + np.where(array)
import collections, typing, functools, random, statistics, argparse, re, enum
from dataclasses import dataclass, field
P = collections.namedtuple("P", "x y")
T = typing.TypeVar("T")
N = typing.NewType("N", int)
E = enum.Enum("E", "A B")
Q = typing.NamedTuple("Q", [("a", int)])
c = typing.cast(int, 3)
part = functools.partial(max, 1)
s = random.sample([1, 2], 1)
q = statistics.quantiles([1, 2, 3])
ns = argparse.Namespace(a=1)
d = dict.fromkeys("ab")
n = len("abc")
text = "{}".format(1)
kind = type[int]
@dataclass
class D:
    x: list = field(default_factory=list)
''', "sample"))
checked = held = 0
missed = []
never = {str(p) for entries in keys.values() for p, names in entries if names is not None}
for source, name in sources:
    module = astroid.parse(source, module_name=name)
    for kind, spelling in astroid_build._SPELLING_OF.items():
        for node in module.nodes_of_class(kind):
            for predicate, names in keys[kind]:
                if names is None or predicate is None:
                    continue
                checked += 1
                try:
                    holds = predicate(node)
                except Exception:
                    continue
                if holds:
                    held += 1
                    never.discard(str(predicate))
                    if spelling(node) not in names:
                        missed.append(f"{kind.__name__} {node.as_string()[:60]} {predicate}")
print(json.dumps({"checked": checked, "held": held, "missed": missed[:20], "never": sorted(never)}))
"""


def _run(script: str, *args: str, cwd: Path | None = None) -> str:
    done = run_bounded([sys.executable, "-c", script, *args], cwd=cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_transforms_picked_by_spelling_include_every_one_that_applies() -> None:
    modules = ["typing", "re", "enum", "collections", "argparse", "functools", "statistics"]
    result = json.loads(_run(SOUNDNESS, *modules).splitlines()[-1])
    assert result["missed"] == []
    assert result["checked"] > 50_000
    assert result["never"] == []  # the sample reaches every keyed predicate


INFERENCE_TIPS = """
import astroid
from picklecheck.engine.astroid_build import install_build_guards
install_build_guards()
module = astroid.parse('''
import collections, typing, functools
P = collections.namedtuple("P", "x y")
c = typing.cast(int, 3)
part = functools.partial(max, 1)
d = dict.fromkeys("ab", 0)
n = len("abc")
''')
for assign in module.body[1:]:
    value = next(assign.value.infer(), None)
    label = value.value if isinstance(value, astroid.nodes.Const) else getattr(value, "name", "")
    print(assign.targets[0].name, type(value).__name__, label)
"""


def test_transforms_still_give_their_inference() -> None:
    lines = dict(line.split(" ", 1) for line in _run(INFERENCE_TIPS).splitlines())
    assert lines["P"] == "ClassDef P"  # namedtuple
    assert lines["c"] == "Const 3"  # typing.cast
    assert lines["part"].startswith("PartialFunction")  # functools.partial
    assert lines["d"].startswith("Dict")  # dict.fromkeys, an attribute call
    assert lines["n"] == "Const 3"  # len()


SEARCH_ORDER = """
import sys
from picklecheck.engine.astroid_imports import add_search_path, module_file
before = module_file("lsprotocol")
add_search_path(sys.argv[1])
after = module_file("lsprotocol")
add_search_path(sys.argv[2])
print(before)
print(after)
print(module_file("json"))
print(module_file("lsprotocol"))
"""


def test_a_checked_project_comes_before_installed_packages(tmp_path: Path) -> None:
    """A folder with its own `lsprotocol` (installed here) is read for that name; the
    standard library keeps its own `json`; the first folder added keeps priority."""
    first, second = tmp_path / "first", tmp_path / "second"
    for root in (first, second):
        (root / "lsprotocol").mkdir(parents=True)
        (root / "lsprotocol" / "__init__.py").write_text("VALUE = 1\n", encoding="utf-8")
        (root / "json.py").write_text("SHADOW = 1\n", encoding="utf-8")
    before, after, json_file, last = _run(
        SEARCH_ORDER, str(first), str(second), cwd=tmp_path
    ).splitlines()
    assert "site-packages" in before
    assert Path(after) == first / "lsprotocol" / "__init__.py"
    assert not json_file.startswith(str(tmp_path))
    assert Path(last) == first / "lsprotocol" / "__init__.py"


REUSE = """
import sys
import astroid
from picklecheck.engine.analyzer import analyze_source
from picklecheck.engine.astroid_facade import parse
main, helper = sys.argv[1], sys.argv[2]
analyze_source(open(main).read(), main)
imported = astroid.MANAGER.astroid_cache["helpers_for_reuse"]
again = parse(open(helper).read(), helper, "helpers_for_reuse")
changed = parse(open(helper).read() + "\\nextra = 1\\n", helper, "helpers_for_reuse")
print(imported.file == helper, again is imported, changed is not imported)
print(again.file_bytes == open(helper, "rb").read())
"""


def test_a_module_built_for_an_import_is_not_built_again_when_checked(tmp_path: Path) -> None:
    helper = tmp_path / "helpers_for_reuse.py"
    helper.write_text("def work(x):\n    return x\n", encoding="utf-8")
    main = tmp_path / "main.py"
    main.write_text(
        textwrap.dedent(
            """\
            import multiprocessing
            from helpers_for_reuse import work

            if __name__ == "__main__":
                with multiprocessing.Pool(2) as pool:
                    print(pool.map(work, range(3)))
            """
        ),
        encoding="utf-8",
    )
    same_file, reused, rebuilt_on_change, bytes_kept = (
        _run(REUSE, str(main), str(helper)).replace("\n", " ").split()
    )
    assert (same_file, reused, rebuilt_on_change, bytes_kept) == ("True",) * 4


NOT_BUILT = """
import sys
import astroid
from picklecheck.engine.analyzer import analyze_source
report = analyze_source(open(sys.argv[1]).read(), sys.argv[1])
print(sorted(f.code for f in report.findings))
built = astroid.MANAGER.astroid_cache
print(sorted(name for name in built if name.split(".")[0] in ("asyncio", "queue")))
"""


def test_queues_of_plain_modules_are_recognised_without_building_them(tmp_path: Path) -> None:
    program = tmp_path / "queues.py"
    program.write_text(
        textwrap.dedent(
            """\
            import asyncio
            import multiprocessing
            import queue


            def fill(target):
                target.put_nowait(lambda: 0)


            def main():
                jobs = asyncio.Queue()
                jobs.put_nowait(lambda: 0)
                fill(jobs)
                local = queue.Queue()
                local.put(lambda: 0)
                shared = multiprocessing.Queue()
                shared.put(lambda: 1)


            if __name__ == "__main__":
                main()
            """
        ),
        encoding="utf-8",
    )
    codes, built = _run(NOT_BUILT, str(program)).splitlines()
    assert codes == "['PKL001']"  # the multiprocessing queue only
    assert built == "[]"


SHADOW = """
import importlib, sys
from picklecheck.engine.astroid_imports import add_search_path, module_file
add_search_path(sys.argv[1])
print(module_file("iniconfig"))
module = importlib.import_module("iniconfig")
print(module.__file__)
"""


def test_a_project_copy_of_an_installed_package_is_read_never_imported(tmp_path: Path) -> None:
    """astroid reads the checked folder's `iniconfig`; a real import (by any code in the
    process) still takes the installed one, and the project's file never runs."""
    project = tmp_path / "project"
    (project / "iniconfig").mkdir(parents=True)
    marker = tmp_path / "ran"
    (project / "iniconfig" / "__init__.py").write_text(
        f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8"
    )
    read, imported = _run(SHADOW, str(project), cwd=tmp_path).splitlines()
    assert Path(read) == project / "iniconfig" / "__init__.py"
    assert "site-packages" in imported
    assert not marker.exists()


ARRAYS = """
import sys
import astroid
from picklecheck.engine.analyzer import analyze_source
report = analyze_source(open(sys.argv[1]).read(), sys.argv[1])
print(sorted(f.code for f in report.findings))
built = astroid.MANAGER.astroid_cache
print(sorted({name.split(".")[0] for name in built} & {"numpy", "torch", "mine"}))
"""


def test_installed_array_packages_are_not_read_but_a_checked_copy_is(tmp_path: Path) -> None:
    """numpy and torch (installed in the test environment) stay unbuilt: their values are
    unknown, never reported; a lambda beside them still is. A package of the checked project
    is read even under such a name."""
    project = tmp_path / "project"
    (project / "torch").mkdir(parents=True)
    (project / "torch" / "__init__.py").write_text("def helper(x):\n    return x\n")
    program = project / "arrays.py"
    program.write_text(
        textwrap.dedent(
            """\
            import multiprocessing

            import numpy as np
            from numpy import linalg
            from torch import helper


            def work(x):
                return x


            if __name__ == "__main__":
                grid = np.arange(10)
                with multiprocessing.Pool(2) as pool:
                    pool.map(work, [grid, linalg.norm(grid)])
                    pool.map(helper, grid)
                    pool.map(lambda x: x, grid)
            """
        ),
        encoding="utf-8",
    )
    codes, built = _run(ARRAYS, str(program), cwd=tmp_path).splitlines()
    assert codes == "['PKL001']"  # the lambda, nothing of numpy's
    assert built == "['torch']"  # the project's own torch/, never the installed numpy


DATACLASS_FIELDS = """
import sys
import astroid
from picklecheck.engine.astroid_build import install_build_guards
if sys.argv[1] == "guarded":
    install_build_guards()
module = astroid.parse('''
import dataclasses, typing
from dataclasses import dataclass, InitVar, KW_ONLY, field

@dataclass
class Plain:
    a: int
    b: typing.ClassVar[int] = 0
    c: "list[int]" = field(default_factory=list)
    d: InitVar[int] = 0
    _: KW_ONLY
    e: int = 1

@dataclasses.dataclass(init=False)
class NoInit:
    a: int
''')
for cls in module.nodes_of_class(astroid.nodes.ClassDef):
    init = cls.locals.get("__init__", [None])[0]
    print(cls.name, [a.name for a in init.args.args] if init else None,
          [a.name for a in init.args.kwonlyargs] if init else None)
print(sorted(name for name in astroid.MANAGER.astroid_cache if name == "typing"))
"""


def test_dataclass_fields_are_read_from_their_annotations_without_inference() -> None:
    """The same generated `__init__` as astroid's own inferring transform gives."""
    *guarded, typing_built = _run(DATACLASS_FIELDS, "guarded").splitlines()
    *original, _ = _run(DATACLASS_FIELDS, "original").splitlines()
    assert guarded == original
    assert guarded[0] == "Plain ['self', 'a', 'c', 'd', 'e'] []"  # no ClassVar, no KW_ONLY
    assert typing_built == "[]"  # typing was not built to read `typing.ClassVar`


# Analyses the file argv[1], then says which of the modules argv[2:] astroid has built.
FINDINGS_AND_BUILT = """
import sys
import astroid
from picklecheck.engine.analyzer import analyze_source
report = analyze_source(open(sys.argv[1]).read(), sys.argv[1])
print(sorted((f.code, f.span.line) for f in report.findings))
print(sorted(name for name in sys.argv[2:] if name in astroid.MANAGER.astroid_cache))
"""


def test_a_subscripted_standard_base_is_not_built_to_rule_it_out(tmp_path: Path) -> None:
    """`Generic[T]` is no Process: typing is not built to learn that."""
    program = tmp_path / "generic.py"
    program.write_text(
        textwrap.dedent(
            """\
            import multiprocessing
            from typing import Generic, TypeVar

            T = TypeVar("T")


            class Box(Generic[T]):
                def __init__(self):
                    self.key = lambda: 0


            class Worker(multiprocessing.Process):
                def __init__(self):
                    super().__init__()
                    self.key = lambda: 0


            if __name__ == "__main__":
                Box()
                Worker().start()
            """
        ),
        encoding="utf-8",
    )
    findings, built = _run(FINDINGS_AND_BUILT, str(program), "typing").splitlines()
    assert findings == "[('PKL005', 19)]"  # Worker().start(), 0-based line
    assert built == "[]"  # typing was not built


def test_a_base_from_a_standard_module_imported_by_name_is_not_built(tmp_path: Path) -> None:
    """`server = importlib.import_module("socketserver")`: `server.BaseServer` is no Process,
    as after `import socketserver as server`; neither module is built to learn that."""
    program = tmp_path / "dynamic.py"
    program.write_text(
        textwrap.dedent(
            """\
            import importlib
            import multiprocessing

            server = importlib.import_module("socketserver")


            class Served(server.BaseServer):
                def __init__(self):
                    self.key = lambda: 0


            class Worker(multiprocessing.Process):
                def __init__(self):
                    super().__init__()
                    self.key = lambda: 0


            if __name__ == "__main__":
                Served()
                Worker().start()
            """
        ),
        encoding="utf-8",
    )
    findings, built = _run(
        FINDINGS_AND_BUILT, str(program), "socketserver", "importlib"
    ).splitlines()
    assert findings == "[('PKL005', 19)]"
    assert built == "[]"


def test_a_method_decorated_from_an_imported_module_is_still_a_method(tmp_path: Path) -> None:
    """`@unittest.skipIf(...)` is not inferred to learn that `run` stays a method (it built
    unittest): `self` is still the instance, so the lambda on it is found."""
    program = tmp_path / "decorated.py"
    program.write_text(
        textwrap.dedent(
            """\
            import multiprocessing
            import unittest


            class Jobs:
                def __init__(self):
                    self.key = lambda x: x

                @unittest.skipIf(False, "never skipped")
                def run(self):
                    with multiprocessing.Pool(2) as pool:
                        return pool.map(self.key, [1])


            if __name__ == "__main__":
                Jobs().run()
            """
        ),
        encoding="utf-8",
    )
    findings, built = _run(
        FINDINGS_AND_BUILT, str(program), "unittest", "unittest.case"
    ).splitlines()
    assert findings == "[('PKL001', 11)]"
    assert built == "[]"


METHOD_KINDS = """
import astroid
from picklecheck.engine import astroid_build
astroid_build.install_build_guards()
module = astroid.parse('''
import abc, functools, unittest
def own(function):
    return classmethod(function)
class C:
    @unittest.skip("x")
    def skipped(self): ...
    @abc.abstractclassmethod
    def abstract(cls): ...
    @own
    def made(cls): ...
    @functools.wraps(len)
    @staticmethod
    def mixed(): ...
    def __new__(cls): ...
''')
print([(f.name, f.type) for f in module.body[-1].mymethods()])
"""


def test_method_kinds_past_imported_decorators() -> None:
    """Only decorators reached through an imported name are read as leaving the kind alone;
    class and static methods are still found by astroid's inference."""
    kinds = _run(METHOD_KINDS).strip()
    assert kinds == (
        "[('skipped', 'method'), ('abstract', 'classmethod'), ('made', 'classmethod'), "
        "('mixed', 'staticmethod'), ('__new__', 'classmethod')]"
    )
