"""Function bodies of installed modules are built when first read (engine/astroid_lazy.py).

Each check runs in a fresh interpreter: the lazy bodies patch astroid's classes, and the
modules must be built from scratch to be built lazily.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from tests.bounded import run_bounded

# Each module is built twice: as inference builds it (lazily) and whole under another name.
# Walking the lazy tree reads every body; the two must then print and bind names alike, and
# the same nodes must carry an inference tip (the transforms of a late body ran).
SAME_AS_WHOLE = r"""
import json, sys
import astroid
from astroid import nodes
from astroid.builder import AstroidBuilder
from picklecheck.engine.astroid_build import install_build_guards
from picklecheck.engine.astroid_lazy import building_whole

install_build_guards()
PENDING = "_picklecheck_pending_body"

def summary(module):
    out = []
    for node in module.nodes_of_class((nodes.FunctionDef, nodes.ClassDef, nodes.Call)):
        if isinstance(node, nodes.Call):
            out.append(("call", node.lineno, "_explicit_inference" in node.__dict__))
            continue
        attrs = sorted(node.instance_attrs) if isinstance(node, nodes.ClassDef) else []
        out.append((node.name, node.lineno, node.as_string(), sorted(node.locals), attrs))
    return out

report = {"pending": 0, "functions": 0, "different": []}
for name in sys.argv[1:]:
    lazy = astroid.MANAGER.ast_from_module_name(name)
    functions = [
        node
        for scope in [lazy, *lazy.nodes_of_class(nodes.ClassDef, skip_klass=nodes.FunctionDef)]
        for node in scope.body
        if isinstance(node, nodes.FunctionDef)
    ]
    report["pending"] += sum(PENDING in f.__dict__ for f in functions)
    report["functions"] += len(functions)
    module_names = sorted(lazy.locals)
    built_late = summary(lazy)
    # the same name: some transforms apply to one module only (collections' generic classes)
    with building_whole():
        whole = AstroidBuilder(astroid.MANAGER).file_build(lazy.file, name)
    if module_names != sorted(whole.locals):
        report["different"].append([name, "module locals"])
    for left, right in zip(built_late, summary(whole), strict=True):
        if left != right:
            report["different"].append([name, str(left)[:300], str(right)[:300]])
print(json.dumps(report))
"""


def _run(script: str, *args: str, cwd: Path | None = None) -> str:
    done = run_bounded([sys.executable, "-c", script, *args], cwd=cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_a_body_built_late_is_the_body_built_at_once() -> None:
    modules = ["os", "collections", "logging", "multiprocessing.pool", "argparse", "typing"]
    report = json.loads(_run(SAME_AS_WHOLE, *modules).splitlines()[-1])
    assert report["different"] == []
    assert report["pending"] > report["functions"] / 3  # most bodies did wait


PACKAGE = textwrap.dedent(
    '''
    import os

    COUNTER = 0


    class Store:
        def __init__(self, path):
            """Opens the store."""
            self.path = path
            self.handle = None
            self.opened = False

        def open(self):
            with open(self.path) as self.handle:
                return self.handle.read()

        def size(self):
            total = 0
            for name in os.listdir(self.path):
                total += 1
            return total


    def bump():
        global COUNTER
        COUNTER += 1
        return COUNTER


    def helper(values):
        from json import dumps as encode

        result = {"encoded": encode(values)}
        result["count"] = len(values)
        return result
    '''
)

# An installed package (a `site-packages` folder on the path) built for an import.
INSTALLED = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import astroid
from picklecheck.engine.astroid_build import install_build_guards
from picklecheck.engine import astroid_facade

install_build_guards()
PENDING = "_picklecheck_pending_body"
module = astroid.MANAGER.ast_from_module_name("lazypkg")
store = module["Store"]
waiting = {
    name: PENDING in node.__dict__
    for name, node in [*store.items(), ("bump", module["bump"]), ("helper", module["helper"])]
    if isinstance(node, astroid.nodes.FunctionDef)
}
report = {
    "waiting": waiting,
    "instance_attrs": sorted(store.instance_attrs),
    "module_locals": sorted(module.locals),
    "helper_locals": sorted(module["helper"].locals),
    "helper_returns": [
        getattr(v, "pytype", lambda: str(v))() for v in module["helper"].infer_call_result(None)
    ],
}
checked = astroid_facade.parse(open(sys.argv[2]).read(), sys.argv[2], "checked_copy")
report["checked_waiting"] = [
    f.name for f in checked.nodes_of_class(astroid.nodes.FunctionDef) if PENDING in f.__dict__
]
print(json.dumps(report))
"""


def test_what_a_body_adds_to_its_module_is_there_before_it_is_read(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    site.mkdir()
    (site / "lazypkg.py").write_text(PACKAGE)
    report = json.loads(_run(INSTALLED, str(site), str(site / "lazypkg.py")).splitlines()[-1])
    # a method storing attributes of `self` (also `with ... as self.x`) is built at once
    assert report["waiting"] == {
        "__init__": False,
        "open": False,
        "size": True,
        "bump": False,  # declares a global
        "helper": True,
    }
    assert report["instance_attrs"] == ["handle", "opened", "path"]
    assert "COUNTER" in report["module_locals"]
    # a function-level import binds its name once the body is built
    assert report["helper_locals"] == ["encode", "result", "values"]
    assert report["helper_returns"] == ["builtins.dict"]
    # a file being checked is built whole, even where installed packages live
    assert report["checked_waiting"] == []
