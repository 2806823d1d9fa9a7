"""Focused engine checks; the runtime-verified corpus (tests/corpus) is the broad test."""

from __future__ import annotations

import textwrap
import time

import pytest

from picklecheck.engine import Config, Severity, StartMethod, analyze_source
from picklecheck.engine.astroid_facade import Facade


def findings(source: str, **config: object) -> list[tuple[int, str]]:
    report = analyze_source(textwrap.dedent(source), "prog.py", Config(**config))  # type: ignore[arg-type]
    return [(f.span.line + 1, f.code) for f in report.findings]


def test_shared_array_in_starmap_items_is_flagged_with_its_origin() -> None:
    source = textwrap.dedent(
        """\
        import multiprocessing

        def f(i, arr):
            arr[i] = i

        if __name__ == "__main__":
            shared_array = multiprocessing.Array('d', 10)
            with multiprocessing.Pool(2) as pool:
                pool.starmap(f, [(i, shared_array) for i in range(10)])
        """
    )
    report = analyze_source(source, "prog.py")
    [finding] = report.findings
    assert finding.code == "PKL006"
    assert finding.severity is Severity.ERROR
    assert finding.start_methods == Config().possible_start_methods()
    line = source.splitlines()[finding.span.line]
    assert line[finding.span.col : finding.span.end_col] == "shared_array"
    assert "SynchronizedArray objects should only be shared" in finding.message
    assert [step.span.line + 1 for step in finding.chain] == [9, 7, 7]


def test_array_passed_to_process_args_is_inheritance_and_fine() -> None:
    assert not findings(
        """\
        import multiprocessing as mp
        def f(a): pass
        if __name__ == "__main__":
            arr = mp.Array('d', 3)
            p = mp.Process(target=f, args=(arr,))
            p.start(); p.join()
        """
    )


def test_lambda_to_pool_fails_everywhere_but_process_target_only_under_spawn() -> None:
    source = """\
        import multiprocessing as mp
        if __name__ == "__main__":
            with mp.Pool(2) as pool:
                pool.map(lambda x: x, range(3))
            mp.Process(target=lambda: None).start()
        """
    report = analyze_source(textwrap.dedent(source), "prog.py", Config(target_python=(3, 11)))
    by_line = {f.span.line + 1: f for f in report.findings}
    assert by_line[4].code == "PKL001" and by_line[4].severity is Severity.ERROR
    assert by_line[5].start_methods == frozenset({StartMethod.SPAWN})
    assert by_line[5].severity is Severity.WARNING
    assert "macos, windows" in by_line[5].message
    fork_only = analyze_source(
        textwrap.dedent(source), "prog.py", Config(start_method=StartMethod.FORK)
    )
    assert [f.span.line + 1 for f in fork_only.findings] == [4]


def test_explicit_context_decides_the_start_method() -> None:
    assert (
        findings(
            """\
        import multiprocessing as mp
        def outer():
            def inner(): pass
            ctx = mp.get_context("fork")
            ctx.Process(target=inner).start()
        """
        )
        == []
    )
    assert findings(
        """\
        import multiprocessing as mp
        def outer():
            def inner(): pass
            ctx = mp.get_context("spawn")
            ctx.Process(target=inner).start()
        """,
        start_method=StartMethod.FORK,
    ) == [(5, "PKL002")]


def test_file_closed_inside_worker_is_clean_and_instance_holding_file_is_not() -> None:
    source = """\
        import multiprocessing

        class Holder:
            def __init__(self, path):
                self.handle = open(path, "w")

        def work(i):
            h = Holder(f"/tmp/out{i}")
            h.handle.close()
            return i

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                pool.map(work, range(3))
                pool.apply(work, (Holder("/tmp/x"),))
        """
    assert findings(source) == [(15, "PKL005")]


def test_getstate_that_drops_the_handle_is_respected() -> None:
    assert not findings(
        """\
        import multiprocessing
        class Holder:
            def __init__(self, path):
                self.path = path
                self.handle = open(path)
            def __getstate__(self):
                state = self.__dict__.copy()
                del state["handle"]
                return state
        def work(h): return 1
        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                pool.apply(work, (Holder("/etc/hostname"),))
        """
    )


def test_suppression_comment_and_ignore_config() -> None:
    source = """\
        import multiprocessing as mp
        if __name__ == "__main__":
            with mp.Pool(2) as pool:
                pool.map(lambda x: x, [1])  # picklecheck: ignore[PKL001]
                pool.map(lambda x: x, [2])
        """
    assert findings(source) == [(5, "PKL001")]
    assert findings(source, ignore=frozenset({"PKL001"})) == []


def test_syntax_errors_and_unrelated_files_never_raise() -> None:
    assert analyze_source("def (:\n  multiprocessing").syntax_error
    assert analyze_source("print('hello')").stats.files_prefiltered == 1


def test_select_and_ignore_accept_codes_and_names() -> None:
    source = """\
        import multiprocessing as mp
        if __name__ == "__main__":
            with mp.Pool(2) as pool:
                pool.map(lambda x: x, [1])
        """
    assert findings(source, select=frozenset({"PKL001"})) == [(4, "PKL001")]
    assert findings(source, select=frozenset({"lambda-crosses-process-boundary"})) == [
        (4, "PKL001")
    ]
    assert findings(source, select=frozenset({"PKL004"})) == []
    assert findings(source, ignore=frozenset({"lambda-crosses-process-boundary"})) == []


def test_a_process_that_is_never_started_pickles_nothing() -> None:
    source = """\
        import multiprocessing as mp
        if __name__ == "__main__":
            idle = mp.Process(target=lambda: 1)
            print(idle.name)
            started = mp.Process(target=lambda: 2)
            started.start()
            handed_on = mp.Process(target=lambda: 3)
            print([handed_on])
        """
    assert findings(source, start_method=StartMethod.SPAWN) == [(5, "PKL001"), (7, "PKL001")]


# ---- PKL013: the same numbers copied into every task ---------------------------------------

SHARED_DATA = """\
import multiprocessing


def work(i, values):
    return values[i]


if __name__ == "__main__":
    values = {values}
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(work, [(i, values) for i in range(3)]))
"""


def test_numeric_data_in_every_task_is_info_with_its_origin_and_a_hint() -> None:
    report = analyze_source(SHARED_DATA.format(values="[0.5] * 1_000"), "prog.py")
    [finding] = report.findings
    assert (finding.code, finding.severity, finding.span.line) == ("PKL013", Severity.INFO, 10)
    assert "a list of 1,000 floats" in finding.message
    assert finding.chain[-1].span.line == 8  # where the list is made
    [hint] = finding.fix_hints
    assert (hint.kind, hint.data["typecode"], hint.data["length"]) == (
        "share-numeric-data",
        "d",
        1000,
    )


def test_numeric_data_threshold_comes_from_the_config() -> None:
    source = SHARED_DATA.format(values="list(range(500))")
    assert findings(source) == []
    assert findings(source, shared_data_min_items=500) == [(11, "PKL013")]
    assert findings(SHARED_DATA.format(values="list(range(499))"), shared_data_min_items=500) == []


def test_shared_data_min_items_is_a_config_key() -> None:
    from picklecheck.engine.config import ConfigError, config_from_mapping

    assert config_from_mapping({"shared-data-min-items": 250}).shared_data_min_items == 250
    for bad in (0, -3, "many", True, 2.5):
        try:
            config_from_mapping({"shared-data-min-items": bad})
        except ConfigError as exc:
            assert "shared-data-min-items" in str(exc)
        else:
            raise AssertionError(f"{bad!r} accepted")


def test_numeric_values_known_without_running_anything() -> None:
    import astroid

    from picklecheck.engine.numeric import numeric_value

    module = astroid.parse(
        textwrap.dedent(
            """\
            import numpy as np
            ROWS, COLS = 50, 40
            N = 10 * 1_000
            a = np.zeros((ROWS, COLS))
            b = np.arange(N)
            c = np.linspace(0.0, 1.0, 5_000)
            d = np.array([float(i) for i in range(2_000)])
            e = [i / 3 for i in range(N)]
            f = [-2, 3] * N
            g = [i * 10_000_000_000_000_000 for i in range(N)]
            h = [float(i) for i in range(N) if i]
            k = [1, 2.0] * N
            m = [True] * N
            n = np.zeros(int(input()))
            p = [x ** 0.5 for x in range(N)]
            """
        )
    )
    found = {}
    for statement in module.body[3:]:
        data = numeric_value(statement.value)
        found[statement.targets[0].name] = data and (data.kind, data.length, data.typecode)
    assert found == {
        "a": ("numpy", 2000, None),
        "b": ("numpy", 10_000, None),
        "c": ("numpy", 5000, None),
        "d": ("numpy", 2000, None),
        "e": ("float", 10_000, "d"),
        "f": ("int", 20_000, "q"),
        "g": ("int", 10_000, None),  # may not fit a C long long: no Array typecode
        "h": None,  # filtered: length unknown
        "k": None,  # mixed int/float
        "m": None,  # bools
        "n": None,
        "p": None,  # int ** float may be complex
    }


def test_numpy_values_do_not_eat_the_budget_of_later_boundaries() -> None:
    """Inferring `np.zeros(...)` through astroid's numpy stubs took over 2 CPU seconds, so the
    budget ran out before the lambda below was judged. Arrays are left unknown instead."""
    source = textwrap.dedent(
        """\
        import multiprocessing
        import numpy as np


        def first(i, data):
            return data[i]


        if __name__ == "__main__":
            data = np.zeros(10)
            with multiprocessing.Pool(2) as pool:
                pool.starmap(first, [(i, data) for i in range(4)])
                pool.map(lambda x: x, range(3))
        """
    )
    report = analyze_source(source, "arrays.py", Config(file_budget_seconds=0.5))
    assert [(f.code, f.span.line) for f in report.findings] == [("PKL001", 12)]
    assert report.stats.budget_exceeded == 0


def test_a_lambda_inside_a_function_is_named_as_the_runtime_names_it() -> None:
    """The messages Python 3.11 gives (the corpus programs contexts/local_import.py and
    libraries/joblib_caller_parallel_config_lambda.py check them by running)."""
    source = textwrap.dedent(
        """\
        import multiprocessing

        top = lambda x: x

        def run(pool):
            pool.map(lambda x: x, [1])
            pool.map(top, [1])
            return [pool.map(f, [1]) for f in (lambda y: y for _ in range(1))]

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                run(pool)
        """
    )
    messages = [f.message for f in analyze_source(source, "prog.py").findings]
    assert any("Can't pickle local object 'run.<locals>.<lambda>'" in m for m in messages)
    assert any("attribute lookup <lambda> on __main__ failed" in m for m in messages)


def test_a_queued_exception_that_cannot_be_rebuilt_fails_in_the_receiving_get() -> None:
    source = """\
        import multiprocessing

        class StepFailed(Exception):
            def __init__(self, step, reason):
                super().__init__(f"{step}: {reason}")

        def load(queue):
            try:
                raise StepFailed("load", "missing")
            except StepFailed as error:
                queue.put(error)
            queue.put(lambda: 1)

        if __name__ == "__main__":
            queue = multiprocessing.Queue()
            multiprocessing.Process(target=load, args=(queue,)).start()
        """
    report = analyze_source(textwrap.dedent(source), "prog.py")
    rebuilt, lost = sorted(report.findings, key=lambda finding: finding.span.line)
    assert rebuilt.message.endswith("(it is queued, and the get() that unpickles it raises)")
    assert lost.message.endswith(
        "(the error is raised in the queue's feeder thread and the item is lost)"
    )


def _burn_cpu(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def _expired(facade: Facade) -> bool:
    return facade.out_of_time()


def test_boundaries_extend_the_file_budget_until_it_is_spent() -> None:
    """Each boundary found adds time (a file with a thousand boundaries earns more than a
    small one); a budget already spent stays spent, since answers were already cut."""
    extended = Facade(0.02, 100)
    extended.extend(5.0)
    _burn_cpu(0.05)
    assert not _expired(extended)

    spent = Facade(0.0, 100)
    _burn_cpu(0.01)
    assert _expired(spent)
    spent.extend(5.0)
    assert _expired(spent)


def test_a_call_instance_called_on_its_own_parameter_is_no_internal_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The callers of `__call__` are searched while `job(pool)` inside it asks for them: that
    call is judged after the others, as for any method, not left to the analyzer's guard."""
    monkeypatch.setenv("PICKLECHECK_RAISE_INTERNAL", "1")
    source = """
        import multiprocessing


        class Runner:
            def __call__(self, job, pool):
                if callable(job):
                    job(pool)
                return pool.map(abs, [job])


        def main():
            with multiprocessing.Pool(2) as pool:
                print(Runner()(3, pool))
        """
    report = analyze_source(textwrap.dedent(source), "prog.py")  # raised _Circular before
    assert report.findings == []
