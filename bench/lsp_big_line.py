"""Cost of one keystroke's incremental sync in a 5 MB single-line document.

    python bench/lsp_big_line.py [--megabytes 5] [--keystrokes 20]

Applies keystrokes (one-character inserts in the middle of the line) with the server's sync
(lsp/transport.apply_change) and, for comparison, with pygls' own `TextDocument.apply_change`
(which converts positions one character at a time). Prints the median per keystroke.
"""

from __future__ import annotations

import argparse
import statistics
import time

from lsprotocol import types
from picklecheck.lsp.transport import apply_change
from pygls.workspace import TextDocument


def keystroke(column: int) -> types.Range:
    return types.Range(types.Position(0, column), types.Position(0, column))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--keystrokes", type=int, default=20)
    arguments = parser.parse_args()
    line = "x = [" + "1, é, " * int(arguments.megabytes * 1e6 / 6) + "]\n"
    column = len(line) // 2
    ours, theirs = [], []
    source = line
    document = TextDocument("file:///big.py", line)
    for _ in range(arguments.keystrokes):
        started = time.process_time()
        source = apply_change(source, keystroke(column), "1", "utf-16")
        ours.append(time.process_time() - started)
    for _ in range(min(arguments.keystrokes, 3)):
        change = types.TextDocumentContentChangePartial(
            range=keystroke(column), text="1"
        )
        started = time.process_time()
        document.apply_change(change)
        theirs.append(time.process_time() - started)
    print(f"{len(line) / 1e6:.1f} MB line, CPU seconds per keystroke (median):")
    print(f"  picklecheck sync: {statistics.median(ours):.4f}")
    print(f"  pygls 2.1 sync:   {statistics.median(theirs):.4f}")


if __name__ == "__main__":
    main()
