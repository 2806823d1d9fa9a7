"""Incremental document sync (lsp/transport.py): edits land where the client meant them.

LSP counts lines at \\n, \\r\\n and \\r only and columns in the negotiated encoding's units;
pygls split lines at form feeds, U+2028 and other characters `str.splitlines` knows, so an edit
below such a line landed on the wrong line. A plain reference implementation decides."""

from __future__ import annotations

import random
import re

import pytest
from lsprotocol import types

from picklecheck.lsp.transport import apply_change

ENCODINGS = ["utf-8", "utf-16", "utf-32"]
ALPHABET = ["a", " ", "\n", "\r\n", "\r", "\x0c", "\u2028", "\x1e", "é", "😀", "\t"]


def reference_offset(source: str, position: types.Position, encoding: str) -> int:
    """Line by line, character by character: slow and obviously right."""
    lines = re.split(r"(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)", source)
    if position.line >= len(lines):
        return len(source)
    before = sum(len(line) for line in lines[: position.line])
    line = lines[position.line].rstrip("\r\n")
    units = 0
    for index, char in enumerate(line):
        if units >= position.character:
            return before + index
        units += units_of(char, encoding)
    return before + len(line)


def units_of(char: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(char.encode("utf-8"))
    if encoding == "utf-16":
        return 2 if ord(char) > 0xFFFF else 1
    return 1


def reference_apply(source: str, where: types.Range, text: str, encoding: str) -> str:
    start = reference_offset(source, where.start, encoding)
    end = reference_offset(source, where.end, encoding)
    start, end = min(start, end), max(start, end)
    return source[:start] + text + source[end:]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_incremental_edits_match_the_reference(encoding: str) -> None:
    chooser = random.Random(encoding)
    for _ in range(3000):
        source = "".join(chooser.choice(ALPHABET) for _ in range(chooser.randint(0, 30)))
        where = types.Range(
            types.Position(chooser.randint(0, 8), chooser.randint(0, 12)),
            types.Position(chooser.randint(0, 8), chooser.randint(0, 12)),
        )
        text = "".join(chooser.choice(ALPHABET) for _ in range(chooser.randint(0, 3)))
        expected = reference_apply(source, where, text, encoding)
        assert apply_change(source, where, text, encoding) == expected, (source, where, text)


def test_an_edit_below_a_form_feed_lands_on_its_line() -> None:
    source = "a = 1\x0c\nb = 2\nc = 3\n"
    where = types.Range(types.Position(1, 4), types.Position(1, 5))
    assert apply_change(source, where, "9", "utf-16") == "a = 1\x0c\nb = 9\nc = 3\n"
