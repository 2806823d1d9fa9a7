"""Analysis reads the user's folders as source and never runs anything from them: not a
compiled module named like a standard one (`_gdbm.so` beside main.py), not a package astroid's
brains would import for real (`gi`), not a package importlib imports to answer astroid's
question about a submodule (`winreg/__init__.py` on Linux, for `import winreg.schema`). Each
test has a control showing the planted files do leave their markers when something loads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import astroid
from tests.bounded import run_bounded
from tests.security.planted import hostile_workspace

from picklecheck.engine import analyze_source
from picklecheck.engine.astroid_facade import clear_caches


def test_the_planted_files_leave_their_markers_when_imported(tmp_path: Path) -> None:
    main, markers = hostile_workspace(tmp_path)
    names = sorted(p.name.removesuffix(".so") for p in main.parent.iterdir() if p != main)
    for name in names:
        run_bounded(
            [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, '.'); import {name}"],
            main.parent,
        )
    assert len(names) == 3 and all(marker.exists() for marker in markers)


def test_check_of_an_absolute_path_loads_nothing_from_its_folder(tmp_path: Path) -> None:
    main, markers = hostile_workspace(tmp_path)
    completed = run_bounded(
        [sys.executable, "-m", "picklecheck", "check", "--no-progress", str(main)],
        tmp_path / "markers",
    )
    assert completed.returncode in (0, 1), completed.stderr
    assert "Traceback" not in completed.stderr
    assert not any(marker.exists() for marker in markers)


def test_in_process_analysis_imports_no_module_from_the_users_folder(tmp_path: Path) -> None:
    main, markers = hostile_workspace(tmp_path)
    before = set(sys.modules)
    try:
        analyze_source(main.read_text(), str(main))
        clear_caches()  # astroid registers its brains again: the guards must hold after it
        analyze_source(main.read_text(), str(main))
    finally:
        clear_caches()
    assert not any(marker.exists() for marker in markers)
    new = [sys.modules[name] for name in set(sys.modules) - before]
    from_user = [m for m in new if str(getattr(m, "__file__", "")).startswith(str(tmp_path))]
    assert from_user == []
    assert astroid.MANAGER.extension_package_whitelist == set()
    assert astroid.MANAGER.always_load_extensions is False
