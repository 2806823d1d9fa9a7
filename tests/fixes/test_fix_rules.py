"""How fixes behave around the proofs: edits, preconditions that withhold a fix, suppression,
fix-all's choice of safe fixes, other line endings, and input that does not match."""

from __future__ import annotations

import ast
import textwrap

import pytest

from picklecheck.engine import analyze_source
from picklecheck.engine import fixes as fix_makers
from picklecheck.engine.fixes import apply_edits, fix_all, fixes_for, withheld
from picklecheck.engine.fixes.source import Parsed
from picklecheck.engine.model import ChainStep, Edit, Finding, FixHint, FixSafety, Severity, Span


def findings(source: str, code: str) -> list[Finding]:
    found = [f for f in analyze_source(source, "program.py").findings if f.code == code]
    assert found, f"the analyzer reports no {code} here"
    return found


def titles(source: str, code: str) -> list[str]:
    return [fix.title for finding in findings(source, code) for fix in fixes_for(source, finding)]


def reasons(source: str, code: str) -> list[str]:
    return [line for finding in findings(source, code) for line in withheld(source, finding)]


def only_fix(source: str, code: str, prefix: str) -> str:
    chosen = [
        fix
        for finding in findings(source, code)
        for fix in fixes_for(source, finding)
        if fix.title.startswith(prefix)
    ]
    assert len(chosen) == 1, [fix.title for fix in chosen]
    return apply_edits(source, chosen[0].edits)


def program(text: str) -> str:
    return textwrap.dedent(text).lstrip()


# ---- apply_edits -----------------------------------------------------------------------------


def test_edits_apply_back_to_front() -> None:
    source = "alpha beta\ngamma\n"
    edits = [Edit(Span(0, 0, 0, 5), "A"), Edit(Span(1, 0, 1, 5), "G")]
    assert apply_edits(source, edits) == "A beta\nG\n"


def test_inserts_at_one_point_keep_their_order() -> None:
    edits = [Edit(Span(0, 0, 0, 0), "one "), Edit(Span(0, 0, 0, 0), "two ")]
    assert apply_edits("x\n", edits) == "one two x\n"


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef\n", [Edit(Span(0, 0, 0, 4), ""), Edit(Span(0, 2, 0, 6), "")])


def test_the_index_walks_a_file_as_ast_walk_does() -> None:
    """Fix makers read whole files through `Parsed.walk`: the same nodes in the same order, but
    for the `Load`/`Store`/`Del` markers, which `ast` shares between nodes."""
    source = textwrap.dedent(
        """
        import multiprocessing as mp
        @deco(lambda: 1)
        class A(B, metaclass=M):
            x: int = 1
            def f(self, a, /, b=2, *c, d, **e):
                with open(a) as h, lock:
                    return [y async for y in g if y] or {k: v for k, v in e.items()}
        match A():
            case {"k": [1, *rest]} | A(x=1) as m if m:
                pass
        """
    )
    parsed = Parsed.parse(source)
    assert parsed is not None
    walked = [n for n in ast.walk(parsed.tree) if not isinstance(n, ast.expr_context)]
    assert [n for n in parsed.walk() if not isinstance(n, ast.expr_context)] == walked
    assert len(walked) > 60


def test_columns_count_code_points_and_crlf_lines() -> None:
    source = 'x = "é€😀"; y = 1\r\nz = 2\r\n'
    assert apply_edits(source, [Edit(Span(0, 11, 0, 16), "y = 3")]) == (
        'x = "é€😀"; y = 3\r\nz = 2\r\n'
    )
    assert apply_edits(source, [Edit(Span(1, 4, 1, 5), "4")]).endswith("z = 4\r\n")


# ---- fixes land in the right place on awkward text ---------------------------------------------


def test_lambda_after_non_ascii_text_on_the_same_line() -> None:
    source = program(
        """
        import multiprocessing

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                print("résultat ✓", pool.map(lambda x: x + 1, [1]))
        """
    )
    fix = fixes_for(source, findings(source, "PKL001")[0])[0]
    fixed = apply_edits(source, fix.edits)
    assert 'print("résultat ✓", pool.map(x_plus_1, [1]))' in fixed
    assert "def x_plus_1(x):\n    return x + 1\n" in fixed


def test_crlf_files_get_crlf_fixes() -> None:
    source = program(
        """
        import multiprocessing


        def main():
            def work(x):
                return x

            with multiprocessing.Pool(2) as pool:
                print(pool.map(work, [1]))
        """
    ).replace("\n", "\r\n")
    fix = fixes_for(source, findings(source, "PKL002")[0])[0]
    fixed = apply_edits(source, fix.edits)
    ast.parse(fixed)
    assert "\n" not in fixed.replace("\r\n", "")


# ---- preconditions: a fix that would be wrong is not offered --------------------------------


def test_file_reopen_needs_its_path_on_the_instance() -> None:
    source = program(
        """
        import multiprocessing
        import os


        class Log:
            def __init__(self, folder):
                self.handle = open(os.path.join(folder, "log.txt"), "a")


        def work(log):
            return log.handle.write("x")


        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                pool.map(work, [Log(".")])
        """
    )
    assert not [t for t in titles(source, "PKL005") if "__getstate__" in t]
    assert reasons(source, "PKL005") == [
        "No `__getstate__` fix: `handle` cannot be rebuilt in the child and `work` (which may "
        "run there) reads it"
    ]


GETSTATE_WITHHELD = {
    "in_memory_sqlite": (
        """
        import multiprocessing
        import sqlite3


        class Store:
            def __init__(self):
                self.connection = sqlite3.connect(":memory:")
                self.connection.execute("create table items (name text)")

            def count(self):
                return self.connection.execute("select count(*) from items").fetchone()[0]


        def count(store):
            return store.count()


        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                print(pool.map(count, [Store()]))
        """,
        "`connection` is a sqlite connection to an in-memory or unknown database",
    ),
    "file_written_with_w_read_in_worker": (
        """
        import multiprocessing


        class Recorder:
            def __init__(self, path):
                self.path = path
                self.out = open(path, "w")

            def record(self, line):
                self.out.write(line)


        def record(recorder):
            recorder.record("x")


        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                pool.map(record, [Recorder("out.txt")])
        """,
        "`out` cannot be rebuilt in the child and `record` (which may run there) reads it",
    ),
    "lambda_read_in_worker": (
        """
        import multiprocessing


        class Task:
            def __init__(self, size):
                self.size = size
                self.on_done = lambda: print("done")


        def area(task):
            task.on_done()
            return task.size * task.size


        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                print(pool.map(area, [Task(2), Task(3)]))
        """,
        "`on_done` cannot be rebuilt in the child and `area` (which may run there) reads it",
    ),
    "queue_holds_data": (
        """
        import multiprocessing
        import queue


        class Jobs:
            def __init__(self):
                self.pending = queue.Queue()
                self.pending.put(1)


        def size(jobs):
            return 1


        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                print(pool.map(size, [Jobs()]))
        """,
        "`pending` cannot be pickled and holds data (a queue holds items)",
    ),
    "generator_holds_data": (
        """
        import multiprocessing


        class Numbers:
            def __init__(self):
                self.left = (n * n for n in range(5))


        def first(numbers):
            return 1


        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                print(pool.map(first, [Numbers()]))
        """,
        "`left` cannot be pickled and holds data (a generator holds the state of its iteration)",
    ),
}


@pytest.mark.parametrize("name", sorted(GETSTATE_WITHHELD))
def test_getstate_is_withheld_with_a_reason(name: str) -> None:
    text, reason = GETSTATE_WITHHELD[name]
    source = program(text)
    assert not [t for t in titles(source, "PKL005") if "__getstate__" in t]
    assert any(reason in line for line in reasons(source, "PKL005")), reasons(source, "PKL005")


def test_getstate_never_repeats_what_the_class_already_does() -> None:
    source = program(
        """
        import multiprocessing
        import threading


        class Cache:
            def __init__(self):
                self.lock = threading.Lock()
                self.ready = threading.Event()

            def __getstate__(self):
                state = self.__dict__.copy()
                state.pop("lock")
                return state

            def __setstate__(self, state):
                self.__dict__.update(state)
                self.lock = threading.Lock()


        def work(cache):
            return cache.ready.is_set()


        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                print(pool.map(work, [Cache()]))
        """
    )
    fixed = only_fix(source, "PKL005", "Extend `__getstate__`")
    # one in __init__, one in __setstate__ each, nothing repeated
    assert fixed.count('"lock"') == 1 and fixed.count("self.lock = ") == 2
    assert fixed.count('state.pop("ready", None)') == 1
    assert fixed.count("self.ready = threading.Event()") == 2


def test_local_function_is_not_lifted_with_a_self_holding_a_subprocess_pipe() -> None:
    """`functools.partial(pump_impl, self)` would pickle `self` and its `_io.BufferedReader`:
    the fixed program would still fail under spawn."""
    source = program(
        """
        import multiprocessing
        import subprocess
        import sys


        class Reader:
            def __init__(self):
                command = [sys.executable, "-c", "print('hello')"]
                self.stream = subprocess.Popen(command, stdout=subprocess.PIPE).stdout

            def first_line(self):
                parent, child = multiprocessing.Pipe()

                def pump(pipe):
                    pipe.send(self.stream.readline())

                process = multiprocessing.Process(target=pump, args=(child,))
                process.start()
                line = parent.recv()
                process.join()
                return line


        if __name__ == "__main__":
            print(Reader().first_line())
        """
    )
    assert titles(source, "PKL002") == ["Suppress PKL002 on this line"]
    plain = source.replace("subprocess.Popen(command, stdout=subprocess.PIPE).stdout", "command")
    assert titles(plain, "PKL002")[0].startswith("Move the local function `pump`")


def test_nested_function_assigning_nonlocal_is_not_lifted() -> None:
    source = program(
        """
        import multiprocessing


        def main():
            total = 0

            def work(x):
                nonlocal total
                total += x
                return total

            with multiprocessing.Pool(1) as pool:
                pool.map(work, [1])
        """
    )
    assert not [t for t in titles(source, "PKL002") if t.startswith("Move")]


def test_closure_over_another_local_function_is_not_lifted() -> None:
    source = program(
        """
        import multiprocessing


        def main():
            def helper(x):
                return x

            def work(x):
                return helper(x)

            with multiprocessing.Pool(1) as pool:
                pool.map(work, [1])
        """
    )
    assert not [t for t in titles(source, "PKL002") if "`work`" in t]


def test_default_reading_a_local_is_not_lifted() -> None:
    """A default is evaluated where the def stands: at module level the local is gone."""
    source = program(
        """
        import multiprocessing


        def main():
            factor = 3
            with multiprocessing.Pool(1) as pool:
                print(pool.map(lambda x, f=factor: x * f, [1]))
        """
    )
    assert not [t for t in titles(source, "PKL001") if t.startswith("Lift")]


INITIALIZER_PROGRAM = """
import multiprocessing


def init():
    pass


def work(lock, x):
    return x


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2{pool_args}) as pool:
        print(pool.starmap(work, [(lock, 1)]))
    {extra}
"""


def test_initializer_fix_needs_a_pool_without_one() -> None:
    plain = INITIALIZER_PROGRAM.format(pool_args="", extra="pass")
    taken = INITIALIZER_PROGRAM.format(pool_args=", initializer=init", extra="pass")
    assert any(t.startswith("Hand the Lock") for t in titles(plain, "PKL006"))
    offered = titles(taken, "PKL006")
    assert not any(t.startswith("Hand the Lock") for t in offered)
    assert any(t.startswith("Create the Lock through a Manager()") for t in offered)


def test_initializer_fix_keeps_a_worker_that_is_called_elsewhere() -> None:
    source = INITIALIZER_PROGRAM.format(pool_args="", extra="print(work(lock, 2))")
    assert not any(t.startswith("Hand the Lock") for t in titles(source, "PKL006"))


def test_manager_fix_needs_the_proxy_to_support_what_the_code_uses() -> None:
    source = program(
        """
        import multiprocessing


        def add(counter):
            with counter.get_lock():
                counter.value += 1


        if __name__ == "__main__":
            counter = multiprocessing.Value("i", 0)
            with multiprocessing.Pool(1) as pool:
                pool.apply(add, (counter,))
        """
    )
    offered = titles(source, "PKL006")
    assert not any("Manager()" in t for t in offered)
    assert any(t.startswith("Hand the") for t in offered)


def test_target_function_needs_a_method_that_leaves_the_lock_alone() -> None:
    source = program(
        """
        import multiprocessing
        import threading


        class Worker:
            def __init__(self):
                self.lock = threading.Lock()

            def run(self):
                with self.lock:
                    print("x")


        if __name__ == "__main__":
            worker = Worker()
            multiprocessing.Process(target=worker.run).start()
        """
    )
    offered = titles(source, "PKL009")
    assert not any(t.startswith("Make the target") for t in offered)
    assert any("__getstate__" in t for t in offered)


def test_reopen_needs_a_path_it_can_evaluate_again() -> None:
    template = program(
        """
        import multiprocessing
        import os


        def child(stream):
            stream.write("x")


        if __name__ == "__main__":
            stream = open({path}, "w")
            process = multiprocessing.Process(target=child, args=(stream,))
            process.start()
            process.join()
        """
    )
    plain = template.format(path="os.devnull")
    computed = template.format(path='os.path.join("a", "b")')
    assert any(t.startswith("Send the path of `stream`") for t in titles(plain, "PKL004"))
    assert not any(t.startswith("Send the path") for t in titles(computed, "PKL004"))


def test_threading_twin_needs_the_methods_the_code_uses() -> None:
    template = program(
        """
        import multiprocessing
        import threading


        def child(lock):
            {use}


        if __name__ == "__main__":
            lock = threading.Lock()
            process = multiprocessing.Process(target=child, args=(lock,))
            process.start()
            process.join()
        """
    )
    acquired = template.format(use="lock.acquire()")
    inspected = template.format(use="print(lock.locked())")
    assert any(t.startswith("Use multiprocessing.Lock()") for t in titles(acquired, "PKL004"))
    assert not any(t.startswith("Use multiprocessing") for t in titles(inspected, "PKL004"))


# ---- suppression, fix-all, bad input ----------------------------------------------------------

SHARED_DATA_PROGRAM = """\
import multiprocessing


def work(i, values):
    {body}


if __name__ == "__main__":
    values = {values}
    with multiprocessing.Pool(2{pool_args}) as pool:
        print(pool.starmap(work, [(i, values) for i in range(3)]))
"""
SHARE = "Share `values` with every worker once as a multiprocessing.Array"


def shared_data(body: str, values: str = "[0.5] * 2_000", pool_args: str = "") -> str:
    return SHARED_DATA_PROGRAM.format(body=body, values=values, pool_args=pool_args)


@pytest.mark.parametrize(
    "body",
    [
        "return values[i] + len(values) + sum(values[:3]) + max(values)",
        "return [v * 2 for v in values][i] if i in range(len(values)) else 0",
        "return sorted(values, reverse=True)[i], list(enumerate(values))[i]",
    ],
)
def test_share_numeric_data_is_offered_when_the_worker_only_reads(body: str) -> None:
    assert any(t.startswith(SHARE) for t in titles(shared_data(body), "PKL013"))


@pytest.mark.parametrize(
    "body",
    [
        "values[i] += 1.0\n    return values[i]",  # mutates its own copy: an Array would share it
        "values.append(i)\n    return len(values)",
        "return values.index(0.5)",
        "return values + [1.0]",  # list concatenation: a ctypes array has no `+`
        "return str(values[:2]), helper(values)",  # passed on: unknown use
        "del values[0]\n    return len(values)",
        "values = values[:10]\n    return len(values)",
        "return values == [0.5]",
    ],
)
def test_share_numeric_data_needs_a_worker_that_only_reads(body: str) -> None:
    source = shared_data(body) + "\n\ndef helper(x):\n    return x\n"
    offered = titles(source, "PKL013")
    assert offered == ["Suppress PKL013 on this line"]


def test_share_numeric_data_needs_a_pool_without_an_initializer() -> None:
    source = shared_data("return values[i]", pool_args=", initializer=print")
    assert not any(t.startswith(SHARE) for t in titles(source, "PKL013"))


def test_share_numeric_data_needs_ints_that_fit_a_c_long_long() -> None:
    fits = shared_data("return values[i]", values="[n * 3 for n in range(2_000)]")
    huge = shared_data(
        "return values[i]", values="[n * 10_000_000_000_000_000_000 for n in range(2_000)]"
    )
    assert any(t.startswith(SHARE) for t in titles(fits, "PKL013"))
    assert not any(t.startswith(SHARE) for t in titles(huge, "PKL013"))


LAMBDA_PROGRAM = program(
    """
    import multiprocessing

    if __name__ == "__main__":
        with multiprocessing.Pool(2) as pool:
            print(pool.map(lambda x: x, [1]))
    """
)


def test_suppression_comes_last_and_silences_the_finding() -> None:
    finding = findings(LAMBDA_PROGRAM, "PKL001")[0]
    offered = fixes_for(LAMBDA_PROGRAM, finding)
    assert offered[-1].title == "Suppress PKL001 on this line"
    assert offered[-1].safety is FixSafety.UNSAFE
    suppressed = apply_edits(LAMBDA_PROGRAM, offered[-1].edits)
    assert "# picklecheck: ignore[PKL001]" in suppressed
    assert analyze_source(suppressed, "program.py").findings == []


def test_fix_all_applies_only_safe_fixes() -> None:
    source = program(
        """
        import multiprocessing
        import threading


        class Holder:
            def __init__(self):
                self.lock = threading.Lock()


        def work(holder, x):
            return x


        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                print(pool.starmap(work, [(Holder(), 1)]))
                print(pool.map(lambda x: x, [1]))
        """
    )
    fixed = fix_all(source, analyze_source(source, "program.py").findings, "program.py")
    remaining = [f.code for f in analyze_source(fixed, "program.py").findings]
    assert remaining == ["PKL005"]  # adding __getstate__ changes behaviour: never automatic
    assert "def main_task(x):" in fixed and "__getstate__" not in fixed


def test_fix_all_without_findings_changes_nothing() -> None:
    assert fix_all(LAMBDA_PROGRAM, [], "program.py") == LAMBDA_PROGRAM


def test_a_finding_that_no_longer_matches_the_text_offers_only_suppression() -> None:
    finding = findings(LAMBDA_PROGRAM, "PKL001")[0]
    edited = LAMBDA_PROGRAM.replace("lambda x: x", "abs")
    assert [f.title for f in fixes_for(edited, finding)] == ["Suppress PKL001 on this line"]


def test_unparsable_text_offers_only_suppression() -> None:
    finding = Finding(
        "PKL001", Severity.ERROR, Span(0, 0, 0, 3), "m", "e", frozenset(), fix_hints=()
    )
    assert [f.title for f in fixes_for("def (:\n", finding)] == ["Suppress PKL001 on this line"]


GARBAGE = [{}, {"lambda": "x", "def": None, "name": 3}, {"class_span": [999, 0, 999, 1]}]
KINDS = sorted(fix_makers._MAKERS)  # every kind a hint may name


@pytest.mark.parametrize("kind", KINDS)
def test_hints_with_nonsense_data_offer_nothing_and_never_raise(kind: str) -> None:
    for data in GARBAGE:
        finding = Finding(
            "PKL005",
            Severity.ERROR,
            Span(3, 0, 3, 4),
            "m",
            "e",
            frozenset(),
            chain=(ChainStep(Span(50, 0, 50, 2), "nowhere"),),
            fix_hints=(FixHint(kind, data), FixHint("boundary", data)),
        )
        offered = [f.title for f in fixes_for(LAMBDA_PROGRAM, finding)]
        assert offered == ["Suppress PKL005 on this line"], (kind, data)
