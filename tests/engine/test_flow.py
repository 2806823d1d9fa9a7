"""The value-flow layer (engine/flow): what it follows, checked on small trees and on the
multi-file corpus programs; the runtime-verified corpus is the broad test."""

from __future__ import annotations

import textwrap
from pathlib import Path

import astroid
from astroid import nodes
from tests.runtime.runner import CORPUS_DIR

from picklecheck.engine import analyze_source
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.flow.classes import constructed_classes, user_process_class
from picklecheck.engine.flow.containers import additions
from picklecheck.engine.flow.state import (
    construction_run,
    construction_sites,
    started_between,
)
from picklecheck.engine.flow.syntax import method_calls
from picklecheck.engine.tree_memo import nodes_in


def tree(source: str) -> nodes.Module:
    return astroid.parse(textwrap.dedent(source), module_name="flow_case")


def facade() -> Facade:
    return Facade(seconds=5.0, steps_per_query=5000)


def calls(module: nodes.Module, text: str) -> list[nodes.Call]:
    return [call for call in nodes_in(module, nodes.Call) if call.as_string() == text]


TWO_WORKERS = """
    import multiprocessing
    import threading

    class ProcRunner:
        class _Worker(multiprocessing.Process):
            pass

        def go(self):
            self._Worker().start()

    class ThreadRunner:
        class _Worker(threading.Thread):
            pass

        def go(self):
            ThreadRunner._Worker().start()
            self._Worker().start()
    """


def test_a_class_is_resolved_by_its_definition_not_its_bare_name() -> None:
    module = tree(TWO_WORKERS)
    proc_call, thread_self_call = calls(module, "self._Worker()")
    [thread_call] = calls(module, "ThreadRunner._Worker()")
    assert user_process_class(proc_call, facade()) is not None
    assert user_process_class(thread_call, facade()) is None
    assert user_process_class(thread_self_call, facade()) is None
    [thread_class] = constructed_classes(thread_call.func, facade())
    assert thread_class.parent.name == "ThreadRunner"


def test_a_process_class_is_never_guessed_when_the_callee_is_unknown() -> None:
    module = tree(
        """
        def make(factory):
            return factory()
        """
    )
    [call] = calls(module, "factory()")
    assert constructed_classes(call.func, facade()) == []
    assert user_process_class(call, facade()) is None


def test_values_added_in_a_loop_before_the_return_are_additions() -> None:
    module = tree(
        """
        def build(weeks):
            jobs = []
            for week in weeks:
                jobs.append({"days": (d for d in week)})
            jobs.extend([1, 2])
            return jobs
        jobs = []
        """
    )
    function = module.body[0]
    definition = function.body[0].targets[0]
    use = function.body[-1].value
    added = sorted(value.as_string() for _node, value in additions(definition, use))
    assert added == ["1", "2", "{'days': (d for d in week)}"]
    later = module.body[1].targets[0]
    assert additions(later, module.body[1]) == []


def test_init_helpers_are_followed_transitively() -> None:
    module = tree(
        """
        class Cache:
            def __init__(self):
                self._setup()

            def _setup(self):
                self._connect()

            def _connect(self):
                self.lock = None

            def unused(self):
                pass
        """
    )
    assert {m.name for m in construction_run(module.body[0])} == {"__init__", "_setup", "_connect"}


def test_construction_runs_a_project_base_init_and_what_it_calls() -> None:
    module = tree(
        """
        class Base:
            def __init__(self):
                self._open()

            def _open(self):
                self.handle = None

        class Child(Base):
            def _open(self):
                self.handle = 1
        """
    )
    run = construction_run(module.body[1])
    assert [(m.parent.name, m.name) for m in run] == [("Base", "__init__"), ("Child", "_open")]


def test_construction_sites_are_calls_that_reach_the_class() -> None:
    module = tree(
        """
        class Runner:
            pass

        def shadowed():
            Runner = dict
            return Runner()

        first = Runner()
        second = Runner()
        """
    )
    sites = construction_sites(module.body[0])
    assert [site.lineno for site in sites] == [9, 10]


def test_a_start_on_the_value_or_its_items_is_seen_before_the_use() -> None:
    module = tree(
        """
        children = [make() for _ in range(2)]
        for child in children:
            child.start()
        use(children)
        others = [make()]
        use(others)
        others[0].start()
        """
    )
    children = module.body[0].targets[0]
    assert started_between(children, module.body[2].value) is not None
    others = module.body[3].targets[0]
    assert started_between(others, module.body[4].value) is None


def test_a_multi_file_program_is_analysed_as_a_project() -> None:
    """The finding is in the entry module; its why-chain continues in the sibling module,
    where the bad value is created, and names that file."""
    entry = CORPUS_DIR / "project" / "reexported_process_package" / "main.py"
    report = analyze_source(entry.read_text(encoding="utf-8"), str(entry.resolve()))
    [finding] = report.findings
    assert finding.code == "PKL005"
    elsewhere = {Path(step.path).name for step in finding.chain if step.path}
    assert {"crawler.py", "sessions.py"} <= elsewhere


METHOD_CALLS = """
    class Exporter:
        def export(self, source):
            return source

        def again(self):
            return self.export("self")


    class Other:
        def export(self, source):
            return source


    made = Exporter()
    made.export("named")
    Exporter().export("inline")
    Other().export("other class")
"""


def test_method_calls_are_the_calls_on_instances_of_its_class() -> None:
    module = tree(METHOD_CALLS)
    export = next(m for m in module["Exporter"].mymethods() if m.name == "export")
    found = sorted(call.args[0].value for call in method_calls(export))
    assert found == ["inline", "named", "self"]


def test_one_call_on_an_unknown_receiver_makes_the_method_calls_unknown() -> None:
    module = tree(METHOD_CALLS + "\n    def anything(x):\n        x.export('unknown')\n")
    export = next(m for m in module["Exporter"].mymethods() if m.name == "export")
    assert method_calls(export) == []


def test_a_parameter_receiver_counts_by_its_annotation_or_its_callers() -> None:
    module = tree(
        METHOD_CALLS
        + "\n    def typed(e: Exporter, o: Other):\n"
        + "        e.export('typed')\n        o.export('o')\n"
        + "\n    def relay(x):\n        x.export('relayed')\n"
        + "\n    relay(made)\n    relay(Exporter())\n"
    )
    export = next(m for m in module["Exporter"].mymethods() if m.name == "export")
    found = sorted(call.args[0].value for call in method_calls(export))
    assert found == ["inline", "named", "relayed", "self", "typed"]


def test_a_parameter_receiver_passed_different_classes_is_unknown() -> None:
    module = tree(
        METHOD_CALLS + "\n    def relay(x):\n        x.export('relayed')\n"
        "\n    relay(made)\n    relay(Other())\n"
    )
    export = next(m for m in module["Exporter"].mymethods() if m.name == "export")
    assert method_calls(export) == []
