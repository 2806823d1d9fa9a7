"""Scratch files for the checks, all in one folder chosen at start-up."""
import os
import tempfile

_TMPDIR = None


def init_tmpdir():
    global _TMPDIR
    _TMPDIR = tempfile.mkdtemp(prefix="tdg-")
    return _TMPDIR


def tmp_filename():
    return os.path.join(_TMPDIR, f"candidate-{os.getpid()}.txt")
