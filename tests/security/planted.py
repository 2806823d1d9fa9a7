"""Hostile workspaces for the security tests: files that leave a marker when anything runs them.

The compiled module is built with the machine's C compiler, so what the tests plant is a real
extension module that the import system would load and initialise.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Standard-library extension names; astroid imports compiled modules with such names.
_STANDARD_EXTENSION_NAMES = ("_gdbm", "_dbm", "_tkinter", "nis", "_curses_panel", "_lzma")

_EXTENSION_SOURCE = """
#include <stdio.h>
void *PyInit_{name}(void) {{
    FILE *marker = fopen("{marker}", "w");
    if (marker != NULL) {{
        fputs("native code ran\\n", marker);
        fclose(marker);
    }}
    return 0;
}}
"""


def missing_standard_extension() -> str:
    """A standard-library extension name this Python lacks: nothing of its own shadows the
    planted file (a name it has would be loaded from its own folders, hiding the flaw)."""
    for name in _STANDARD_EXTENSION_NAMES:
        if name in sys.stdlib_module_names and importlib.util.find_spec(name) is None:
            return name
    pytest.skip("this Python has every candidate standard extension module")


def missing_standard_name() -> str:
    """A standard-library module name this platform lacks (winreg on Linux, pwd on Windows).
    For `import NAME.sub`, astroid asks importlib for the spec of `NAME.sub`, and importlib
    imports `NAME` for real to answer: a package of that name in the project would run."""
    for name in sorted(sys.stdlib_module_names):
        if not name.startswith("_") and importlib.util.find_spec(name) is None:
            return name
    pytest.skip("this Python has every standard module")


def plant_extension(folder: Path, name: str, marker: Path) -> Path:
    """A compiled module `name` in `folder` whose initialisation writes `marker`."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        pytest.skip("no C compiler to build the planted extension module")
    source = folder.parent / f"{name}_planted.c"
    source.write_text(_EXTENSION_SOURCE.format(name=name, marker=marker))
    target = folder / f"{name}.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", str(target), str(source)], check=True, timeout=120
    )
    source.unlink()
    return target


def plant_package(folder: Path, name: str, marker: Path) -> None:
    """A source package `name` whose import writes `marker`."""
    package = folder / name
    package.mkdir()
    (package / "__init__.py").write_text(f"open({str(marker)!r}, 'w').write('imported')\n")


def plant_module(folder: Path, name: str, marker: Path) -> Path:
    """A source module `name` whose import writes `marker`."""
    module = folder / f"{name}.py"
    module.write_text(f"open({str(marker)!r}, 'w').write('imported')\n")
    return module


def program_using(extension: str, package: str) -> str:
    """A program whose analysis has to resolve `extension`, `gi.repository.Gtk` and
    `package.schema`."""
    return (
        "import multiprocessing\n"
        f"import {extension}\n"
        f"import {package}.schema\n"
        "import gi.repository.Gtk as Gtk\n\n\n"
        "def work(item):\n    return item\n\n\n"
        "if __name__ == '__main__':\n"
        f"    handle = {extension}.open('data')\n"
        "    window = Gtk.Window()\n"
        f"    table = {package}.schema.tables\n"
        "    with multiprocessing.Pool(2) as pool:\n"
        "        pool.map(work, [handle, window, table])\n"
    )


def hostile_workspace(root: Path) -> tuple[Path, list[Path]]:
    """`root/project/main.py` beside a compiled module, a `gi` package and a package named like
    a standard module this platform lacks, each leaving a marker in `root/markers` (outside the
    project) when run. Returns main.py and the markers."""
    project = root / "project"
    markers = root / "markers"
    project.mkdir()
    markers.mkdir()
    extension = missing_standard_extension()
    package = missing_standard_name()
    native, gi, standard = markers / "native", markers / "gi", markers / "standard"
    plant_extension(project, extension, native)
    plant_package(project, "gi", gi)
    plant_package(project, package, standard)
    main = project / "main.py"
    main.write_text(program_using(extension, package))
    return main, [native, gi, standard]
