"""Branches a call's literal arguments rule out (`flow/branches.ruled_out`)."""

from __future__ import annotations

import textwrap

import astroid
import pytest
from astroid import nodes

from picklecheck.engine.flow.branches import _NOT_FOUND, literal_given_everywhere, ruled_out
from picklecheck.engine.flow.syntax import bind_arguments

HELPER = """
def pick(fmt, flag=True):
    if fmt == "csv":
        a = 1
    elif fmt in ("lines", "text"):
        a = 2
    elif not flag:
        a = 3
    else:
        a = 4
    if fmt != "csv" and flag:
        b = 5
    match fmt:
        case "csv":
            c = 6
        case "lines" | "text":
            c = 7
        case other if other.startswith("x"):
            c = 8
        case _:
            c = 9
    return a, b, c
"""


def kept(call: str) -> list[int]:
    """The values assigned in branches the call's arguments leave possible."""
    module = astroid.parse(textwrap.dedent(HELPER) + f"\n{call}\n")
    function = module["pick"]
    made = module.body[-1].value
    assert isinstance(function, nodes.FunctionDef) and isinstance(made, nodes.Call)
    bindings = bind_arguments(function, made, None)
    return [
        assign.value.value
        for assign in function.nodes_of_class(nodes.Assign)
        if not ruled_out(assign, function, bindings)
    ]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ('pick("csv")', [1, 6]),
        ('pick("text")', [2, 5, 7]),
        ('pick("json", flag=False)', [3, 8, 9]),
        ('pick("json")', [4, 5, 8, 9]),
        ("pick(name)", [1, 2, 4, 5, 6, 7, 8, 9]),  # `fmt` unknown; `flag` is its default, True
        ('pick("csv", flag=name)', [1, 6]),
    ],
)
def test_literal_arguments_rule_out_the_branches_they_never_take(
    call: str, expected: list[int]
) -> None:
    assert kept(call) == expected


def test_without_bindings_nothing_is_ruled_out() -> None:
    module = astroid.parse(textwrap.dedent(HELPER))
    function = module["pick"]
    assert isinstance(function, nodes.FunctionDef)
    assigns = list(function.nodes_of_class(nodes.Assign))
    assert not any(ruled_out(assign, function, None) for assign in assigns)


STARTED = """
import multiprocessing

def produce(kind):
    return kind

def serial():
{calls}

if __name__ == "__main__":
    multiprocessing.Process(target=produce, args=("upper",)).start()
"""


@pytest.mark.parametrize(
    ("calls", "expected"),
    [
        ("", "upper"),  # only the start binds it
        ('    produce("upper")', "upper"),  # a call agreeing with the start
        ('    produce("plain")', None),  # one disagreeing call
        ('    produce("plain")\n' * 22, None),  # more calls than are followed: not all known
    ],
)
def test_a_parameter_is_the_literal_every_call_and_start_passes(
    calls: str, expected: str | None
) -> None:
    module = astroid.parse(textwrap.dedent(STARTED).format(calls=calls or "    pass"))
    produce = module["produce"]
    returned = next(produce.nodes_of_class(nodes.Return)).value
    value = literal_given_everywhere(returned)
    assert (None if value is _NOT_FOUND else value) == expected
