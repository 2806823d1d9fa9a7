"""Writes a candidate to a scratch file and runs the (simulated) solver on it."""
from . import tmpfiles


def check(candidate):
    path = tmpfiles.tmp_filename()
    with open(path, "w") as handle:
        handle.write("\n".join(candidate))
    with open(path) as handle:
        return "(assert false)" in handle.read()
