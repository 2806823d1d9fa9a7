"""Which code belongs to the project being analysed: not the standard library, not installed
packages. Only project code is followed into (its values are the user's to fix)."""

from __future__ import annotations

import os
import sys
import sysconfig

from astroid import nodes

from picklecheck.engine.astroid_imports import module_file

_STDLIB = frozenset(sys.stdlib_module_names) | {"builtins", "_io", "_thread", "__future__"}

_STDLIB_DIRS = tuple(
    os.path.realpath(sysconfig.get_paths()[key]) for key in ("stdlib", "platstdlib")
)


def is_user_node(node: nodes.NodeNG) -> bool:
    """True for code of the project being analysed (not the stdlib or installed packages)."""
    try:
        root = node.root()
    except Exception:
        return False
    if not root.name:
        return False  # a brain's stub (`extract_node`: numpy's `ndarray`), never the project's
    path = getattr(root, "file", None)
    if not path:
        # Parsed from text (the file being analysed) unless astroid built it from a C module.
        return getattr(root, "pure_python", True) is not False and root.name not in _STDLIB
    path = os.path.realpath(path)
    if path.startswith(_STDLIB_DIRS):
        return False
    return "site-packages" not in path and "dist-packages" not in path


def is_project_import(imported: nodes.ImportFrom) -> bool:
    """Whether `from X import ...` reads a module of the project (relative, or found on the
    search path outside the standard library and installed packages). Only locates the file;
    never builds or runs the module."""
    if imported.level:
        return True
    return is_project_module(str(imported.modname))


def is_project_module(modname: str) -> bool:
    """Whether the module `modname` is found outside the stdlib and installed packages."""
    if not modname or modname.split(".")[0] in _STDLIB:
        return False
    path = module_file(modname)
    if not path:
        return False
    path = os.path.realpath(path)
    installed = "site-packages" in path or "dist-packages" in path
    return not installed and not path.startswith(_STDLIB_DIRS)
