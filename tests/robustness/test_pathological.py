"""Pathological inputs finish within the per-file budget and never raise.

The limit is 3x the configured budget in CPU seconds: speed targets live in bench/, these tests only
catch run-away analyses (exponential inference, unbounded recursion, budget escapes). Where the
passed values are known to pickle fine, no finding may appear (precision under stress).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from report_invariants import assert_well_formed

from picklecheck.cli.runner import _fix_summaries
from picklecheck.engine import Config, Report, analyze_path, analyze_source
from picklecheck.engine.fixes import fix_all, fixes_for

LIMIT_SECONDS = 3 * Config().file_budget_seconds
HEADER = "import multiprocessing\n"
MAIN = "if __name__ == '__main__':\n"


def pool_map(function: str, items: str) -> str:
    """A guarded Pool.map call: the boundary every case below feeds its values into."""
    return (
        f"{MAIN}    with multiprocessing.Pool() as pool:\n        pool.map({function}, {items})\n"
    )


def nested_parentheses() -> str:
    return HEADER + "x = " + "(" * 150 + "1" + ")" * 150 + "\n" + pool_map("print", "[x]")


def nested_lists_near_parser_limit() -> str:
    return HEADER + "x = " + "[" * 190 + "]" * 190 + "\n" + pool_map("print", "[x]")


def nested_lists_beyond_parser_limit() -> str:
    return HEADER + "x = " + "[" * 1000 + "]" * 1000 + "\n" + pool_map("print", "[x]")


def nested_functions() -> str:
    lines = [HEADER]
    for depth in range(98):
        lines.append(" " * depth + f"def f{depth}(x):\n")
    lines.append(" " * 98 + "return x\n")
    return "".join(lines) + pool_map("f0", "[1]")


def nested_ifs() -> str:
    lines = [HEADER, MAIN]
    for depth in range(1, 98):
        lines.append(" " * depth + f"if x{depth}:\n")
    lines.append(" " * 98 + "multiprocessing.Pool().map(print, [1])\n")
    return "".join(lines)


def nested_lambdas() -> str:
    return HEADER + "f = " + "lambda: " * 150 + "1\n" + pool_map("print", "[1]")


def nested_comprehensions() -> str:
    return (
        HEADER
        + "x = "
        + "[" * 90
        + "y for y in range(2)"
        + "]" * 90
        + "\n"
        + pool_map("print", "x")
    )


def long_elif_chain() -> str:
    branches = "".join(f"    elif x == {i}:\n        y = {i}\n" for i in range(1, 3000))
    body = f"def f(x):\n    if x == 0:\n        y = 0\n{branches}    return y\n"
    return HEADER + body + pool_map("print", "[f(3)]")


def long_operator_chain() -> str:
    return HEADER + "x = " + " + ".join(["1"] * 20_000) + "\n" + pool_map("print", "[x]")


def long_attribute_chain() -> str:
    return HEADER + "x = a" + ".b" * 5_000 + "\n" + pool_map("print", "[x]")


def huge_int_list() -> str:
    return (
        HEADER + "x = [" + ",".join(str(i) for i in range(100_000)) + "]\n" + pool_map("print", "x")
    )


def huge_string() -> str:
    return HEADER + "x = '" + "a" * 5_000_000 + "'\n" + pool_map("print", "[x]")


def huge_dict_of_functions() -> str:
    entries = ",".join(f"{i}: abs" for i in range(20_000))
    return HEADER + "x = {" + entries + "}\n" + pool_map("print", "[x]")


def self_appending_list() -> str:
    return HEADER + "x = []\n" + "x = x + [x]\n" * 50 + pool_map("print", "[x]")


def doubling_list() -> str:
    return HEADER + "x = [1]\n" + "x = x + x\n" * 60 + pool_map("print", "[x]")


def functions_returning_themselves() -> str:
    body = "def f():\n    return f\n\ndef g(n):\n    return g(n - 1) if n else g\n\n"
    return HEADER + body + pool_map("f()", "[g(3), g, f()()]")


def mutual_recursion() -> str:
    body = "def a(x):\n    return b(x)\n\ndef b(x):\n    return a(x)\n\n"
    return HEADER + body + pool_map("a", "[a(1), b(2)]")


def cyclic_base_classes() -> str:
    body = "class A(B):\n    pass\n\nclass B(A):\n    pass\n\nclass C(C):\n    pass\n\n"
    return HEADER + body + pool_map("print", "[A(), B(), C()]")


def self_referencing_instances() -> str:
    body = (
        "class Node:\n    def __init__(self, other=None):\n        self.me = self\n"
        "        self.other = other\n"
        "        if other is None:\n            self.other = Node(self)\n\n"
    )
    return HEADER + body + pool_map("print", "[Node()]")


def getattr_recursion() -> str:
    body = "class A:\n    def __getattr__(self, name):\n        return getattr(self, name)\n\n"
    return HEADER + body + pool_map("A().work", "[A().item]")


def long_reassignment_chain() -> str:
    chain = "".join(f"x{i} = x{i - 1}\n" for i in range(1, 3000))
    return HEADER + "x0 = 1\n" + chain + pool_map("print", "[x2999]")


def long_call_chain() -> str:
    chain = "".join(f"def f{i}():\n    return f{i - 1}()\n" for i in range(1, 2000))
    return HEADER + "def f0():\n    return 0\n" + chain + pool_map("print", "[f1999()]")


def branch_explosion() -> str:
    branches = "".join(f"if c{i}:\n    x = {i}\nelse:\n    x = '{i}'\n" for i in range(200))
    return HEADER + branches + "y = [x" + ", x" * 50 + "]\n" + pool_map("print", "y")


def many_boundaries() -> str:
    calls = "".join(f"    pool.map(abs, [{i}])\n" for i in range(5_000))
    return HEADER + MAIN + "    pool = multiprocessing.Pool()\n" + calls


def long_file(lines: int) -> str:
    """`lines` lines of workers, each given to a pool by its own function (10 lines a pair)."""
    chunk = (
        "def worker{i}(x):\n    return x + {i}\n\n\n"
        "def run{i}():\n    with multiprocessing.Pool() as pool:\n"
        "        return pool.map(worker{i}, [1, 2])\n\n\n\n"
    )
    return HEADER + "".join(chunk.format(i=i) for i in range(lines // 10))


def fifty_thousand_lines() -> str:
    return long_file(50_000)


def just_under_the_line_limit() -> str:
    """The longest file the engine still analyses (longer ones are left unknown)."""
    return long_file(Config().max_lines - 10)


# Every value these programs pass pickles fine, is unknown, or fails before pickling (NameError,
# RecursionError): any finding is a false positive.
CLEAN_CASES: dict[str, Callable[[], str]] = {
    case.__name__: case
    for case in (
        nested_parentheses,
        nested_lists_near_parser_limit,
        nested_lists_beyond_parser_limit,
        nested_functions,
        nested_ifs,
        nested_lambdas,
        nested_comprehensions,
        long_elif_chain,
        long_operator_chain,
        long_attribute_chain,
        huge_int_list,
        huge_string,
        huge_dict_of_functions,
        self_appending_list,
        doubling_list,
        functions_returning_themselves,
        mutual_recursion,
        cyclic_base_classes,
        self_referencing_instances,
        getattr_recursion,
        long_reassignment_chain,
        long_call_chain,
        branch_explosion,
        many_boundaries,
        fifty_thousand_lines,
        just_under_the_line_limit,
    )
}


def timed_analysis(run: Callable[[], Report]) -> tuple[Report, float]:
    """The report and the CPU seconds this process spent on it: unlike wall time, CPU time does
    not grow when other jobs share the machine, and the analysis is single-threaded."""
    started = time.process_time()
    report = run()
    return report, time.process_time() - started


@pytest.mark.parametrize("case", sorted(CLEAN_CASES))
def test_pathological_source_is_analysed_in_budget_without_false_findings(
    case: str, tmp_path: Path
) -> None:
    source = CLEAN_CASES[case]()
    report, seconds = timed_analysis(lambda: analyze_source(source, str(tmp_path / "prog.py")))
    assert seconds < LIMIT_SECONDS, f"{case} took {seconds:.1f} s"
    assert_well_formed(report, source)
    assert [f.code for f in report.findings] == []


def test_analysis_cut_short_by_the_budget_is_counted(tmp_path: Path) -> None:
    source = many_boundaries()
    every_call = source.count("pool.map(") + 1  # and the Pool() itself
    config = Config(file_budget_seconds=0.3)
    report = analyze_source(source, str(tmp_path / "prog.py"), config)
    assert_well_formed(report, source)
    assert len(report.boundaries) == every_call or report.stats.budget_exceeded > 0


def test_file_over_the_line_limit_is_counted_as_not_analysed(tmp_path: Path) -> None:
    report = analyze_source(fifty_thousand_lines(), str(tmp_path / "prog.py"))
    assert report.boundaries or report.stats.budget_exceeded > 0


def test_parser_limits_are_reported_as_syntax_errors_not_raised(tmp_path: Path) -> None:
    for source in (nested_lists_beyond_parser_limit(), long_elif_chain(), long_attribute_chain()):
        report = analyze_source(source, str(tmp_path / "prog.py"))
        assert report.syntax_error


def test_lambda_deep_inside_nesting_is_still_found(tmp_path: Path) -> None:
    lines = [HEADER, MAIN]
    for depth in range(1, 90):
        lines.append(" " * depth + f"if x{depth}:\n")
    lines.append(" " * 90 + "multiprocessing.Pool().map(lambda y: y, [1])\n")
    source = "".join(lines)
    report = analyze_source(source, str(tmp_path / "prog.py"))
    assert [f.code for f in report.findings] == ["PKL001"]
    assert report.findings[0].span.line == 91


def test_analysis_called_near_the_recursion_limit_does_not_raise(tmp_path: Path) -> None:
    source = self_referencing_instances() + nested_lambdas()
    headroom = 120

    def descend(depth: int) -> Report:
        if depth > 0:
            return descend(depth - 1)
        return analyze_source(source, str(tmp_path / "prog.py"))

    frames_in_use = len(_stack())
    report = descend(sys.getrecursionlimit() - frames_in_use - headroom)
    assert_well_formed(report, source)


def _stack() -> list[object]:
    frame = sys._getframe()
    frames: list[object] = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back  # type: ignore[assignment]
    return frames


def diamond_class_chain() -> str:
    """Each class repeats a base its parent already has: astroid's `ancestors()` walks the
    shared bases again at every level (cubic work), at build time (enum brain) and in
    sinks._process_subclass_names, neither under the inference budget."""
    chain = "".join(f"class C{i}(C{i - 1}, object):\n    pass\n" for i in range(1, 600))
    return HEADER + "class C0:\n    pass\n" + chain + pool_map("print", "[C599()]")


def test_diamond_class_chain_finishes_in_budget(tmp_path: Path) -> None:
    source = diamond_class_chain()
    report, seconds = timed_analysis(lambda: analyze_source(source, str(tmp_path / "prog.py")))
    assert_well_formed(report, source)
    assert seconds < LIMIT_SECONDS, f"took {seconds:.1f} s"


def redefined_class_chain() -> str:
    """`class A(A): pass` repeated: each base names every earlier `A` (astroid's lookup
    filters all N bindings per read), once in the enum check at build time and once in
    the process-subclass search."""
    return HEADER + "class A:\n    pass\n" + "class A(A):\n    pass\n" * 1600


def long_class_chain() -> str:
    chain = "".join(f"class C{i}(C{i - 1}):\n    pass\n" for i in range(1, 4000))
    return HEADER + "class C0:\n    pass\n" + chain


@pytest.mark.parametrize("build", [redefined_class_chain, long_class_chain])
def test_long_class_chains_are_analysed_in_budget(build: Callable[[], str], tmp_path: Path) -> None:
    source = build() + pool_map("lambda x: x", "[1]")
    report, seconds = timed_analysis(lambda: analyze_source(source, str(tmp_path / "prog.py")))
    assert_well_formed(report, source)
    assert seconds < LIMIT_SECONDS, f"took {seconds:.1f} s"
    assert [f.code for f in report.findings] == ["PKL001"]
    assert not report.stats.budget_exceeded


def write_modules(root: Path, modules: dict[str, str]) -> None:
    for relative, text in modules.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


RECURSIVE_IMPORTS = {
    "mod_a.py": HEADER
    + "from mod_b import *\nimport mod_b\nfrom mod_b import thing_b\nthing_a = mod_b.thing_b\n"
    + pool_map("print", "[thing_a, thing_b, mod_b.thing_b]"),
    "mod_b.py": HEADER
    + "from mod_a import *\nimport mod_a\nfrom mod_a import thing_a\nthing_b = mod_a.thing_a\n"
    + pool_map("print", "[thing_a, thing_b, mod_a.thing_a]"),
    "self_import.py": HEADER
    + "from self_import import *\nimport self_import\nx = self_import.x\n"
    + pool_map("print", "[x, self_import.x]"),
    "pkg/__init__.py": "from .sub import *\nfrom . import sub\nfrom pkg.sub import f\n",
    "pkg/sub.py": HEADER
    + "from . import *\nfrom pkg import sub as me\nfrom pkg import f\nf = me.f\n"
    + pool_map("f", "[1]"),
}


@pytest.mark.parametrize("module", sorted(RECURSIVE_IMPORTS))
def test_recursive_imports_finish_in_budget(module: str, tmp_path: Path) -> None:
    write_modules(tmp_path, RECURSIVE_IMPORTS)
    path = tmp_path / module
    report, seconds = timed_analysis(lambda: analyze_path(path))
    assert seconds < LIMIT_SECONDS, f"{module} took {seconds:.1f} s"
    assert_well_formed(report, path.read_text())
    assert [f.code for f in report.findings] == []


IMPORTED_DEFINITIONS = {
    "helper_mod.py": (
        "import threading\n\n\nclass Tally:\n    def __init__(self):\n"
        "        self.lock = threading.Lock()\n\n\n"
        "def make_worker():\n    def work(x):\n        return x\n\n    return work\n"
    ),
    "main_prog.py": HEADER
    + "from helper_mod import Tally, make_worker\n\n\ndef show(t):\n    return t\n\n\n"
    + MAIN
    + "    with multiprocessing.Pool(2) as pool:\n"
    + "        pool.apply(show, (Tally(),))\n        pool.map(make_worker(), [1])\n",
}


def test_fix_hints_for_definitions_in_another_module_name_that_module(tmp_path: Path) -> None:
    """A quick fix applying `def`/`class_span` to the analysed file would corrupt it."""
    write_modules(tmp_path, IMPORTED_DEFINITIONS)
    report = analyze_path(tmp_path / "main_prog.py")
    lines = IMPORTED_DEFINITIONS["main_prog.py"].split("\n")
    hints = [
        h for f in report.findings for h in f.fix_hints if "def" in h.data or "class" in h.data
    ]
    assert {h.kind for h in hints} == {"add-getstate", "lift-local-def"}
    for hint in hints:
        line, col = (hint.data.get("def") or hint.data["class_span"])[:2]
        keyword = "class" if "class" in hint.data else "def"
        name = hint.data.get("name") or hint.data["class"]
        in_this_file = lines[line][col:].startswith(f"{keyword} {name}")
        assert in_this_file or hint.data.get("path") == str(tmp_path / "helper_mod.py")


def test_long_star_import_chain_still_checks_the_file(tmp_path: Path) -> None:
    """`from m0 import *` where m0 star-imports m1 ... m159: the file is checked (the chain is
    followed as far as the stack allows, further names stay unknown) and its lambda found."""
    modules = {
        f"m{i}.py": (f"from m{i + 1} import *\n" if i < 159 else "") + f"v{i} = {i}\n"
        for i in range(160)
    }
    modules["main_prog.py"] = HEADER + "from m0 import *\n" + pool_map("lambda x: x", "[v0, v40]")
    write_modules(tmp_path, modules)
    path = tmp_path / "main_prog.py"
    report, seconds = timed_analysis(lambda: analyze_path(path))
    assert report.syntax_error is None
    assert_well_formed(report, path.read_text())
    assert [f.code for f in report.findings] == ["PKL001"]
    assert seconds < LIMIT_SECONDS, f"took {seconds:.1f} s"


def lambdas_in_one_block(count: int) -> str:
    calls = "".join(f"        pool.map(lambda x: x + {i}, [1])\n" for i in range(count))
    return HEADER + "\n\ndef main():\n    with multiprocessing.Pool() as pool:\n" + calls


def test_quick_fixes_of_many_findings_in_one_block_are_not_quadratic(tmp_path: Path) -> None:
    """1,000 lambdas in one block: every finding's fixes look at the same big function (its
    bindings, the node around the finding); that must not cost a walk of it per finding."""
    source = lambdas_in_one_block(1000)
    report = analyze_source(source, str(tmp_path / "prog.py"))
    assert len(report.findings) == 1000
    started = time.process_time()
    offered = [fixes_for(source, finding) for finding in report.findings]
    seconds = time.process_time() - started
    assert seconds < LIMIT_SECONDS, f"took {seconds:.1f} s"
    # Candidate fixes are built for every finding (the part that was quadratic); verifying
    # them re-analyses this big text within its own budget, so they may be withheld.
    assert all(fixes[-1].title == "Suppress PKL001 on this line" for fixes in offered)


def test_fix_work_stops_at_its_budget(tmp_path: Path) -> None:
    source = lambdas_in_one_block(3)
    findings = analyze_source(source, str(tmp_path / "prog.py")).findings
    assert fix_all(source, findings, budget_seconds=0.0) == source
    assert fix_all(source, findings) != source
    assert _fix_summaries(source, findings, budget_seconds=0.0) == [(), (), ()]
    assert all(_fix_summaries(source, findings))
