"""What an importer can see of a module: the slice fingerprint (pure `ast`) and the names the
engine records as used along a file's import closure (astroid)."""

from __future__ import annotations

import textwrap
import uuid
from pathlib import Path

import pytest

from picklecheck.engine import analyze_path
from picklecheck.engine.model import Dependency
from picklecheck.engine.module_slices import Slicer, slice_fingerprint, statement_span

HELPER = textwrap.dedent(
    """\
    import threading

    LOCK = threading.Lock()
    LIMIT = 3


    def make():
        return LOCK


    def unrelated():
        return LIMIT
    """
)


def fingerprint(text: str, *names: str) -> str | None:
    return slice_fingerprint(text, names)


def test_an_edit_away_from_the_used_names_keeps_the_fingerprint() -> None:
    before = fingerprint(HELPER, "make")
    assert fingerprint(HELPER + "\n\ndef added():\n    return 2\n", "make") == before
    assert fingerprint(HELPER + "# a comment\n", "make") == before
    assert fingerprint(HELPER.replace("return LIMIT", "return LIMIT + 1"), "make") == before
    # a new helper that reads `make` defines only itself
    assert fingerprint(HELPER + "\n\nclass Uses:\n    made = make()\n", "make") == before
    assert fingerprint(HELPER + "\n\ndef calls():\n    return make()\n", "make") == before


def test_an_edit_to_a_used_name_or_what_it_reads_changes_the_fingerprint() -> None:
    before = fingerprint(HELPER, "make")
    assert fingerprint(HELPER.replace("return LOCK", "return None"), "make") != before
    # make() reads LOCK: the statement binding LOCK is part of what importers of make see
    assert fingerprint(HELPER.replace("threading.Lock()", "5"), "make") != before
    assert (
        fingerprint(HELPER.replace("import threading", "import _thread as threading"), "make")
        != before
    )
    # a later statement rebinding a used name
    assert fingerprint(HELPER + "\nmake = unrelated\n", "make") != before
    assert fingerprint(HELPER + "\nLOCK = None\n", "make") != before
    # a definition that rebinds a used name through `global`, or is decorated, may change it
    rebinding = "\n\ndef reset():\n    global LOCK\n    LOCK = None\n"
    assert fingerprint(HELPER + rebinding, "make") != before
    assert fingerprint(HELPER + "\n\n@register(LOCK)\ndef hook():\n    pass\n", "make") != before
    # a call at module level reaches what the called function reads
    assert fingerprint(HELPER + "\nunrelated()\n", "unrelated") != fingerprint(HELPER, "unrelated")


def test_a_name_that_was_missing_and_is_now_bound_changes_the_fingerprint() -> None:
    assert fingerprint(HELPER + "\nworker = make\n", "worker") != fingerprint(HELPER, "worker")


def test_moving_the_used_statements_changes_the_fingerprint() -> None:
    """A finding's why-chain may point into the module: its line numbers are part of it."""
    assert fingerprint("\n" + HELPER, "make") != fingerprint(HELPER, "make")


def test_star_imports_getattr_and_dynamic_namespaces_are_always_seen() -> None:
    star = "from os.path import *\n" + HELPER
    assert fingerprint(star.replace("os.path", "posixpath"), "make") != fingerprint(star, "make")
    hook = HELPER + "\ndef __getattr__(name):\n    return LIMIT\n"
    assert fingerprint(hook.replace("return LIMIT\n", "return 1\n"), "make") != fingerprint(
        hook, "make"
    )
    assert fingerprint(HELPER + "\nglobals()['make'] = unrelated\n", "make") is None
    assert fingerprint(HELPER + "\nimport sys\nsys.modules[__name__].make = 1\n", "make") is None
    getter = "\nimport sys\nsetattr(sys.modules.get(__name__), 'make', 1)\n"
    assert fingerprint(HELPER + getter, "make") is None


def test_a_membership_test_of_sys_modules_binds_nothing() -> None:
    tested = HELPER + "\nimport sys\n\ndef loaded():\n    return 'numpy' in sys.modules\n"
    assert fingerprint(tested, "make") is not None
    assert fingerprint(tested + "\ndef other():\n    return 2\n", "make") == fingerprint(
        tested, "make"
    )


def test_a_module_that_does_not_parse_has_no_slice() -> None:
    assert fingerprint(HELPER + "\ndef (:\n", "make") is None


def test_the_tree_at_hand_and_a_parse_give_the_same_fingerprint() -> None:
    """The engine slices with astroid's statements, a later check with `ast`'s."""
    import astroid

    decorated = HELPER + "\n\n@staticmethod\n@property\ndef shown():\n    return make()\n"
    tree = astroid.parse(decorated)
    spans = [statement_span(statement) for statement in tree.body]
    for names in (("make",), ("shown",), ("LIMIT", "unrelated")):
        from_tree = Slicer(decorated, spans, bound=tree.locals).fingerprint(names)
        assert from_tree == fingerprint(decorated, *names)
    assert spans[-1] == (15, 18)


@pytest.mark.parametrize(
    "module",
    ["multiprocessing.pool", "multiprocessing.managers", "concurrent.futures.process", "typing"],
)
def test_tree_and_parse_agree_on_real_modules(module: str) -> None:
    """Any disagreement would make every record that depends on such a module a miss."""
    import importlib.util

    import astroid

    origin = importlib.util.find_spec(module).origin  # type: ignore[union-attr]
    text = Path(str(origin)).read_text("utf-8")
    tree = astroid.parse(text)
    spans = [statement_span(statement) for statement in tree.body]
    from_tree = Slicer(text, spans, bound=tree.locals)
    names = [name for name in tree.locals if not name.startswith("__")]
    for some in (names[:1], names[3:5], names[-2:], ["not_bound_here"]):
        assert from_tree.fingerprint(some) == fingerprint(text, *some)


def _project(tmp_path: Path, main: str) -> tuple[Path, str]:
    helper = f"slice_helper_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{helper}.py").write_text(HELPER)
    main_path = tmp_path / "main.py"
    main_path.write_text(textwrap.dedent(main).replace("HELPER", helper))
    return main_path, str((tmp_path / f"{helper}.py").resolve())


def test_the_names_an_importer_uses_are_recorded(tmp_path: Path) -> None:
    main, helper = _project(
        tmp_path,
        """\
        import multiprocessing
        from HELPER import make

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                pool.apply_async(abs, (make(),)).get()
        """,
    )
    report = analyze_path(main)
    assert [f.code for f in report.findings] == ["PKL004"]
    # the fingerprint read from the analysis's tree is the one a later parse gives
    assert report.dependencies == (Dependency(helper, ("make",), fingerprint(HELPER, "make")),)


def test_attribute_uses_of_an_imported_module_are_recorded(tmp_path: Path) -> None:
    main, helper = _project(
        tmp_path,
        """\
        import multiprocessing
        import HELPER as helper

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                pool.apply_async(abs, (helper.LOCK, helper.LIMIT)).get()
        """,
    )
    seen = fingerprint(HELPER, "LIMIT", "LOCK")
    assert analyze_path(main).dependencies == (Dependency(helper, ("LIMIT", "LOCK"), seen),)


def test_a_namesake_local_or_a_store_is_no_use_of_the_whole_module(
    tmp_path: Path,
) -> None:
    main, helper = _project(
        tmp_path,
        """\
        import multiprocessing
        import HELPER as helper


        def run(helper):
            return helper


        def configure():
            helper.LIMIT = 4


        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                pool.apply_async(abs, (helper.LOCK,)).get()
        """,
    )
    seen = fingerprint(HELPER, "LIMIT", "LOCK")
    assert analyze_path(main).dependencies == (Dependency(helper, ("LIMIT", "LOCK"), seen),)


def test_a_module_passed_around_bare_or_star_imported_is_used_whole(tmp_path: Path) -> None:
    start = "\nmultiprocessing.Process(target=abs, args=({},)).start()\n"
    for imports, argument in (
        ("import HELPER as helper", "helper"),
        ("from HELPER import *", "LOCK"),
    ):
        main_text = f"import multiprocessing\n{imports}\n" + start.format(argument)
        main, helper = _project(tmp_path, main_text)
        assert analyze_path(main).dependencies == (Dependency(helper, None),)
