"""Orchestrates one file's analysis: prefilter, parse, find boundaries, judge values, suppress."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_build import spelled_name
from picklecheck.engine.astroid_facade import (
    BudgetExceeded,
    Facade,
    ParseFailure,
    kept_in_module_cache,
    parse,
    syntax_problem,
    warm_up,
)
from picklecheck.engine.astroid_imports import add_search_path, project_files_read
from picklecheck.engine.boundary import Pickled, SinkCall, creating_call
from picklecheck.engine.config import Config
from picklecheck.engine.families import fork_traps, roundtrip
from picklecheck.engine.families.closures import captured_problem, copy_stops_at, global_reads
from picklecheck.engine.families.exceptions import handler_names
from picklecheck.engine.families.exec_code import ExecDefinition, exec_defined_problems
from picklecheck.engine.families.parent_state import (
    module_primitive_shared,
    parent_only_class_attribute,
    parent_only_global,
)
from picklecheck.engine.families.processes import own_pool_problem, process_object_problem
from picklecheck.engine.families.unguarded import started_by_callee
from picklecheck.engine.flow.classes import (
    inferred_project_classes,
    process_ancestors,
    user_process_class,
)
from picklecheck.engine.flow.containers import constant_index_value, loop_elements
from picklecheck.engine.flow.platforms import guarded_methods
from picklecheck.engine.flow.project import single_definition, single_returned_value
from picklecheck.engine.flow.syntax import (
    constructed_project_class,
    is_main_guard,
    own_nodes,
    project_method,
)
from picklecheck.engine.forwarded import (
    as_passed,
    carries_the_argument,
    forwarded_arguments,
    forwarding_calls,
    forwarding_note,
    passed_pools,
    passed_task_value,
)
from picklecheck.engine.model import (
    ALL_START_METHODS,
    Boundary,
    ChainStep,
    Dependency,
    Finding,
    FixHint,
    Report,
    Severity,
    Span,
    StartMethod,
)
from picklecheck.engine.numeric import SharedCandidate, shared_candidates
from picklecheck.engine.passed_proxies import ProxyStore, passed_proxy_stores
from picklecheck.engine.prefilter import (
    PROFILER_CALLS,
    UNGUARDED_START_NAMES,
    import_roots,
    module_location,
    prefilter,
)
from picklecheck.engine.problem import Problem, snippet, span_of, step
from picklecheck.engine.providers.picklers import (
    DILL_STREAM_IN_PLAIN_CHILD,
    Pickler,
    accepts,
    patched_forking_pickler,
)
from picklecheck.engine.rules import rule
from picklecheck.engine.sinks import module_sinks, pool_making_calls, sink_with_receiver
from picklecheck.engine.startmethods import StartMethodReader, spawned_child_method
from picklecheck.engine.suppression import is_suppressed, parse_suppressions
from picklecheck.engine.tree_memo import nodes_in
from picklecheck.engine.values import Judge
from picklecheck.engine.wording import worded_for

# Each boundary found adds this share of the file budget, up to doubling it: a file with a
# thousand boundaries needs more time than a small one, and only a complete analysis can be
# built on incrementally after an edit.
_BUDGET_SHARE_PER_BOUNDARY = 0.001
_MOST_BOUNDARIES_EXTENDING = 1000

_PROFILER_MODULES = frozenset({"cProfile", "profile", "_lsprof"})
# `with cProfile.Profile():` enables the profiler for the block.
_PROFILER_CLASSES = frozenset({"cProfile.Profile", "_lsprof.Profiler"})


def _imports_a_profiler(module: nodes.Module) -> bool:
    """Whether the file imports cProfile, profile or _lsprof (or something from them)."""
    for node in nodes_in(module, (nodes.Import, nodes.ImportFrom)):
        imported = [name for name, _alias in node.names]
        if isinstance(node, nodes.ImportFrom):
            imported = [node.modname or ""]
        if any(name.split(".")[0] in _PROFILER_MODULES for name in imported):
            return True
    return False


def _argument_names(call: nodes.NodeNG) -> set[str]:
    if not isinstance(call, nodes.Call):  # `proxy[key] = value` is a boundary too
        return set()
    values = [*call.args, *(keyword.value for keyword in call.keywords or ())]
    return {value.name for value in values if isinstance(value, nodes.Name)}


def analyze_source(source: str, path: str = "<string>", config: Config | None = None) -> Report:
    """Analyse Python source text. Never raises on bad input; see Report.syntax_error."""
    return analyze_outcome(source, path, config).report


@dataclass
class Outcome:
    """A report plus what incremental re-analysis (engine/incremental.py) builds on."""

    report: Report
    # Every finding with the span of the call that produced it, before duplicates are merged
    # and suppressions applied: a reused statement brings its findings along.
    raw: list[tuple[Span, Finding]] = field(default_factory=list)
    # The start method was set by a function the module calls (startmethods.py): which
    # statements decide it is not known from their text, so an edit re-analyses everything.
    helper_start_method: bool = False


def analyze_outcome(
    source: str,
    path: str = "<string>",
    config: Config | None = None,
    tree_source: str | None = None,
) -> Outcome:
    """`analyze_source` keeping the raw findings. `tree_source`, when given, is what the tree is
    built from: the same text with the lines of statements known not to matter blanked out,
    so every position is the one in `source`."""
    started = time.monotonic()
    config = config or Config()
    report = Report(path=path)
    report.stats.files = 1
    outcome = Outcome(report)
    text = source if tree_source is None else tree_source
    decision = prefilter(source, path, check_calls=tree_source is None)
    # A change in a project module that was read to decide can change this file's verdict.
    report.dependencies = tuple(Dependency(file, None) for file in decision.read)
    if not decision.build:
        report.stats.files_prefiltered = 1
        if decision.mentions:  # not built, but it names multiprocessing: report a syntax error
            report.syntax_error = syntax_problem(text)
        return outcome
    if source.count("\n") > config.max_lines:
        report.stats.budget_exceeded = 1
        return outcome
    module_name, search_root = module_location(path)
    for root in import_roots(search_root, text):
        add_search_path(root)
    try:
        with kept_in_module_cache(module_name, keep=tree_source is not None):
            module = parse(text, path, module_name)
    except ParseFailure as exc:
        report.syntax_error = str(exc)
        return outcome
    warm_up()
    facade = Facade(config.file_budget_seconds, config.inference_steps, config.cancelled)
    analysis = _Analysis(module, facade, config, path)
    try:
        analysis.run()
    except (BudgetExceeded, RecursionError, MemoryError):
        facade.budget_exceeded += 1
    except Exception:  # an astroid bug on odd code: keep what was found, never crash
        _unless_debugging()
        facade.unknown += 1
    outcome.raw = analysis.raw
    methods = getattr(analysis, "methods", None)
    outcome.helper_start_method = bool(methods is not None and methods.from_helper)
    report.findings = finished_findings(analysis.raw, analysis.boundaries, source, config)
    report.boundaries = analysis.boundaries
    report.dependencies = _dependencies(module)
    report.stats.sink_calls = len(analysis.boundaries)
    report.stats.unknown_values = facade.unknown
    report.stats.budget_exceeded = max(facade.budget_exceeded, int(facade.stopped))
    report.stats.seconds = time.monotonic() - started
    return outcome


def _unless_debugging() -> None:
    """Re-raise the exception being handled when PICKLECHECK_RAISE_INTERNAL is set: tests and
    scans over real code make an internal error visible instead of a silent "unknown"."""
    if os.environ.get("PICKLECHECK_RAISE_INTERNAL"):
        raise


def _dependencies(module: nodes.Module) -> tuple[Dependency, ...]:
    try:
        return project_files_read(module)
    except Exception:  # only a cache needs them; a cache without them never reuses the result
        return (Dependency("<unknown>", None),)


def finished_findings(
    raw: list[tuple[Span, Finding]], boundaries: list[Boundary], source: str, config: Config
) -> list[Finding]:
    """One finding per place and code, the one from the earliest call, minus suppressed ones.

    PKL012 (a profiler around pool calls) needs some boundary in the file; the profiler calls
    are collected either way, so that merging statements' results needs no second look."""
    kept: dict[tuple[int, int, str], Finding] = {}
    for _origin, finding in sorted(raw, key=lambda entry: entry[0]):
        if finding.code == rules.PKL012.code and not boundaries:
            continue
        kept.setdefault((finding.span.line, finding.span.col, finding.code), finding)
    return _visible(list(kept.values()), source, config)


class _Analysis:
    def __init__(self, module: nodes.Module, facade: Facade, config: Config, path: str) -> None:
        self.module = module
        self.facade = facade
        self.config = config
        self.path = path
        self.judge = Judge(facade, module)
        self.methods = StartMethodReader(facade, module)
        self.raw: list[tuple[Span, Finding]] = []
        self.boundaries: list[Boundary] = []
        self._origin = Span(0, 0, 0, 0)  # the call whose check is running
        # Names passed to boundary calls: a profiler inside one of these runs in the worker.
        self._sent_names: set[str] = set()
        # DataLoader constructions with worker processes: iterating one on import starts them.
        self._loaders: dict[nodes.Call, SinkCall] = {}
        # Calls whose construction starts the worker processes (vector environments).
        self._started_by_construction: dict[nodes.Call, SinkCall] = {}

    def run(self) -> None:
        per_boundary = self.config.file_budget_seconds * _BUDGET_SHARE_PER_BOUNDARY
        for found, sink in enumerate(module_sinks(self.module, self.facade)):
            if found < _MOST_BOUNDARIES_EXTENDING:
                self.facade.extend(per_boundary)
            self._origin = span_of(sink.call)
            self._sent_names.update(_argument_names(sink.call))
            if sink.sink == _LOADER_SINK:
                self._loaders[sink.call] = sink
            if sink.sink.startswith(_STARTING_ON_CONSTRUCTION):
                self._started_by_construction[sink.call] = sink
            self._check_sink(sink)
        self._check_forwarded_calls()
        self._check_passed_pools()
        self._check_passed_proxies()
        self._check_main_guard()
        self._check_profilers()
        self._check_exec_code()

    def _check_forwarded_calls(self) -> None:
        """`launch(lock)` where `launch` of another project module pickles its parameter."""
        for call, found in forwarding_calls(self.module, self.facade):
            self._origin = span_of(call)
            for forward in found:
                for argument in forwarded_arguments(forward, call):
                    if argument.root() is not self.module:
                        continue  # a default of the other module: reported there if at all
                    if not carries_the_argument(forward, argument, self.facade):
                        continue
                    sink, pickled = as_passed(forward, argument)
                    if forward.element is not None:  # the argument holds the bad value
                        problem = self.judge.elements(argument, *forward.element)
                        problem = problem and replace(problem, contained=True)
                    else:
                        problem = self._problem(pickled)
                    if problem is not None:
                        note = forwarding_note(forward)
                        problem = problem.through(step(forward.sink.call, note))
                        self._report(sink, pickled, problem, self._forwarded_methods(sink))
                        break

    def _check_passed_pools(self) -> None:
        """`tokenize_all(executor, docs)` where `tokenize_all` of another project module submits
        work to its `executor` parameter: that call is a boundary for this caller's pool."""
        for passed in passed_pools(self.module, self.facade):
            self._origin = span_of(passed.call)
            sink = sink_with_receiver(passed.task_call, passed.argument, self.facade)
            if sink is None:
                continue
            note = f"`{passed.call.func.as_string()}()` hands its tasks to this pool"
            here = replace(sink, call=passed.call, label=f"{sink.label} ({note})")
            for pickled in sink.pickled:
                value = passed_task_value(passed, pickled.expr)
                if value is None:
                    continue
                pickled = replace(pickled, expr=value)
                problem = self._problem(pickled)
                if problem is not None:
                    problem = problem.through(step(passed.task_call, "the tasks are made here"))
                    self._report(here, pickled, problem, self._forwarded_methods(sink))
                    break

    def _check_passed_proxies(self) -> None:
        """`publish(shared, sink)` where `publish` of another project module stores into its
        parameter: that call is a boundary for this module's Manager proxy `shared`."""
        for found in passed_proxy_stores(self.module, self.facade):
            self._origin = span_of(found.call)
            sink, pickled, where = _passed_store_sink(found)
            problem = self._problem(pickled)
            if problem is not None:
                problem = problem.through(step(found.store, where))
                self._report(sink, pickled, problem, self._context_methods(sink))

    # ---- boundaries ---------------------------------------------------------------------

    def _context_methods(self, sink: SinkCall) -> frozenset[StartMethod]:
        explicit = (
            sink.start_method
            or self._subclass_method(sink)
            or self.methods.for_receiver(sink.receiver)
            or spawned_child_method(sink.call)
        )
        methods = (
            frozenset({explicit})
            if explicit is not None
            else self._sink_config(sink).possible_start_methods()
        )
        guarded = guarded_methods(sink.call)  # `if mp.get_start_method() == "fork":` around it
        return methods if guarded is None else frozenset(m for m in methods if m.value in guarded)

    def _subclass_method(self, sink: SinkCall) -> StartMethod | None:
        """The method a project Process subclass fixes by its base (`class W(ctx.Process)`)."""
        if not sink.label.startswith("Process subclass"):
            return None
        cls = user_process_class(sink.call, self.facade)
        return self.methods.for_process_class(cls, self.facade) if cls is not None else None

    def _sink_config(self, sink: SinkCall) -> Config:
        """The configuration, its platforms narrowed to those where the call is a boundary."""
        if sink.platforms is None:
            return self.config
        platforms = tuple(p for p in self.config.platforms if p in sink.platforms)
        return self.config.with_overrides(platforms=platforms)

    def _forwarded_methods(self, sink: SinkCall) -> frozenset[StartMethod]:
        """Start methods of a boundary in another module, as that module fixes them."""
        module = sink.call.root()
        if module is self.module:
            return self._context_methods(sink)
        explicit = sink.start_method or StartMethodReader(self.facade, module).for_receiver(
            sink.receiver
        )
        return frozenset({explicit}) if explicit else self.config.possible_start_methods()

    def _check_sink(self, sink: SinkCall) -> None:
        context = self._context_methods(sink)
        pickled_when = frozenset().union(*(p.methods for p in sink.pickled)) & context
        self.boundaries.append(
            Boundary(
                span_of(sink.call),
                sink.sink,
                tuple(dict.fromkeys(p.role for p in sink.pickled)),
                pickled_when,
            )
        )
        if _pickling_errors_handled(sink.call):
            return  # `except pickle.PicklingError:` around the call: the program falls back
        # syntactic and cheap: before the judge, which may use up the file's budget
        for candidate in shared_candidates(sink, self.config.shared_data_min_items):
            self._report_shared(sink, candidate)
        reported = False
        for pickled in sink.pickled:
            try:
                problem = self._problem(pickled, exceptions=not sink.rebuilds_exceptions)
                if problem is None and sink.pickler is Pickler.CLOUDPICKLE:
                    problem = self._main_globals(pickled, sink.call)
                if problem is None and pickled.role == "the worker function":
                    problem = self._defined_after_forking(pickled, sink)
                if problem is None and pickled.role in _RUN_ROLES and pickled.mode == "value":
                    problem = self._stale_global(pickled, sink)
                    problem = problem or self.judge.loaded_module_function(pickled.expr)
                if problem is None and pickled.role == "the process object":
                    problem = self._run_method_primitive(pickled, sink)
                if problem is None and not pickled.inheritance_ok and pickled.mode == "value":
                    problem = self._project_process_object(pickled.expr)
                if problem is None and pickled.mode == "value":
                    problem = own_pool_problem(pickled.expr, sink.sink, sink.receiver)
            except (BudgetExceeded, RecursionError, MemoryError):
                raise  # the file's budget is spent: stop the file
            except Exception:  # an engine or astroid bug on one value: judge the others
                _unless_debugging()
                self.facade.unknown += 1
                continue
            if problem is not None:
                reported = self._report(sink, pickled, problem, context) or reported
        if not reported:
            try:
                self._check_round_trips(sink, context)
            except (BudgetExceeded, RecursionError, MemoryError):
                raise
            except Exception:  # an engine or astroid bug: the sink's other findings stand
                _unless_debugging()
                self.facade.unknown += 1

    def _check_round_trips(self, sink: SinkCall, context: frozenset[StartMethod]) -> None:
        """PKL015: an object that pickles, whose copy in the child lacks what the child reads."""
        worker = next(
            (
                self.judge._user_function(p.expr)
                for p in sink.pickled
                if p.role in _RUN_ROLES and p.mode == "value"
            ),
            None,
        )
        for pickled in sink.pickled:
            if pickled.mode not in ("value", "items"):
                continue
            if pickled.role in _RUN_ROLES:
                problem = roundtrip.bound_method_problem(pickled.expr, self._instance_classes)
            elif worker is not None:
                problem = roundtrip.passed_object_problem(
                    pickled.expr, worker, self._instance_classes
                )
            else:
                problem = None
            if problem is not None:
                self._report(sink, pickled, problem, context)
                return

    def _instance_classes(self, expr: nodes.NodeNG) -> list[nodes.ClassDef]:
        """The project classes `expr` may be an instance of."""
        return inferred_project_classes(expr, self.facade) or _constructed_elements(expr)

    def _project_process_object(self, expr: nodes.NodeNG) -> Problem | None:
        """An instance of a project Process subclass sent as data (queued, stored into a
        Manager proxy, a pool task's argument) whose state pickles: still a Process object,
        which pickles only while a child is being spawned (its authentication key)."""
        classes = self._instance_classes(expr)
        if len(classes) != 1 or not process_ancestors(classes[0], self.facade) & kb.PROCESS_CLASSES:
            return None
        note = f"`{snippet(expr)}` is an instance of `{classes[0].name}`, a Process subclass"
        return process_object_problem("Process", (step(expr, note),))

    def _run_method_primitive(self, pickled: Pickled, sink: SinkCall) -> Problem | None:
        """PKL016 for a Process subclass: its `run` talks through a module-level queue that
        `__init__` rebinds in the parent only (python-sounddevice 245)."""
        made = pickled.expr if isinstance(pickled.expr, nodes.Call) else None
        cls = user_process_class(made, self.facade) if made is not None else None
        run = project_method(cls, "run") if cls is not None else None
        return module_primitive_shared(run, sink.call) if run is not None else None

    def _stale_global(self, pickled: Pickled, sink: SinkCall) -> Problem | None:
        """PKL016: the worker reads a global the parent set at run time (not with a pool
        whose initializer may set it in each child)."""
        if _has_initializer(sink.receiver):
            return None
        worker = self.judge._user_function(pickled.expr)
        if worker is None:
            return None
        return (
            parent_only_global(worker, sink.call)
            or parent_only_class_attribute(worker, sink.call)
            or module_primitive_shared(worker, sink.call)
        )

    def _defined_after_forking(self, pickled: Pickled, sink: SinkCall) -> Problem | None:
        if not self._runs_as_main:
            return None
        creation = _creation(sink.receiver)
        return fork_traps.module_function_after_pool(pickled.expr, sink.sink, creation)

    def _main_globals(self, pickled: Pickled, boundary: nodes.Call) -> Problem | None:
        """cloudpickle copies a function of the script (`__main__`) by value, with the module
        globals it reads: a global lock or connection goes with it (loky issue 289)."""
        if pickled.mode != "value" or not self._runs_as_main:
            return None
        for function in self._functions_named(pickled.expr):
            if function.parent is self.module:
                problem = self._main_global_read(function, boundary)
                if problem is not None:
                    return problem
        return None

    def _functions_named(self, expr: nodes.NodeNG) -> list[nodes.FunctionDef]:
        """The project function `expr` names, or each one a loop variable takes from a
        display (`delayed(f)(i) for i, f in enumerate([load, save])`)."""
        function = self.judge._user_function(expr)
        if function is not None:
            return [function]
        found = (self.judge._user_function(element) for element in loop_elements(expr))
        return [f for f in found if f is not None]

    def _main_global_read(
        self, function: nodes.FunctionDef, boundary: nodes.Call
    ) -> Problem | None:
        for read in global_reads(function):
            assigned = self._global_at(str(read.name), boundary)
            inner = self.judge.value(read) or (
                self.judge.value(assigned.value) if assigned is not None else None
            )
            if inner is None or accepts(Pickler.CLOUDPICKLE, inner):
                continue
            if assigned is not None and not inner.chain:
                inner = inner.through(step(assigned, f"`{read.name}` is set here"))
            note = "cloudpickle copies it by value, with the module globals it reads"
            return replace(
                inner,
                what=f"the function `{function.name}` of the script reading `{read.name}`, "
                f"{inner.what}",
                chain=(step(function, note), step(read, f"it reads `{read.name}`"), *inner.chain),
                hints=(),
                site=None,
                contained=False,
            )
        return None

    def _global_at(self, name: str, boundary: nodes.Call) -> nodes.Assign | None:
        """The last `name = value` of the module's straight-line code (its top level and its
        `__main__` block) before the boundary's line: what cloudpickle copies with a function
        of the script (`lock = None` at the top, `lock = Lock()` in the main block)."""
        found = None
        for statement in self._straight_line_code():
            if (statement.lineno or 0) >= (boundary.lineno or 0):
                break
            if isinstance(statement, nodes.Assign) and any(
                isinstance(t, nodes.AssignName) and t.name == name for t in statement.targets
            ):
                found = statement
        return found

    def _straight_line_code(self) -> Iterator[nodes.NodeNG]:
        for statement in self.module.body:
            if isinstance(statement, nodes.If) and is_main_guard(statement):
                yield from statement.body
            else:
                yield statement

    @cached_property
    def _patched_pickler(self) -> Pickler | None:
        """The pickler the file installs as multiprocessing's (`ForkingPickler.dumps = ...`)."""
        return patched_forking_pickler(self.module)

    @cached_property
    def _runs_as_main(self) -> bool:
        """The checked file is a script: it has an `if __name__ == "__main__":` block."""
        return any(isinstance(s, nodes.If) and is_main_guard(s) for s in self.module.body)

    def _problem(self, pickled: Pickled, exceptions: bool = True) -> Problem | None:
        if pickled.mode == "items":
            return self.judge.items(pickled.expr)
        if pickled.mode == "worker":
            result = self.judge.worker_result(pickled.expr)
            if result is not None or not exceptions:
                return result
            return self.judge.worker_exception(pickled.expr)
        if pickled.mode == "batch":
            return self.judge.batch_items(pickled.expr)
        problem = self.judge.value(pickled.expr)
        if problem is None and pickled.then is not None:
            problem = self.judge.value(pickled.then)
        return problem

    def _captured(self, sink: SinkCall, problem: Problem) -> Problem | None:
        """The first variable a closure copied by value captures that the pickler rejects."""
        return captured_problem(problem, sink.pickler, self.judge.value)

    def _report(
        self,
        sink: SinkCall,
        pickled: Pickled,
        problem: Problem,
        context: frozenset[StartMethod],
    ) -> bool:
        """Adds the finding; False when the value passes after all (inherited, copied by
        value, not under these start methods)."""
        if pickled.inheritance_ok and problem.error == kb.PROCESS_OBJECT_ERRORS["Manager"]:
            # spawning a child lets the manager's authkey through; its started server process
            # (weak references) is what fails there
            problem = replace(problem, error=kb.STARTED_PROCESS_ERROR)
        if pickled.inheritance_ok and problem.inheritable:
            created_in = self._primitive_context(problem.site)
            if fork_traps.fork_context_primitive(created_in, problem.what):
                problem = replace(
                    problem,
                    what=f"{problem.what} created by a fork context",
                    error=fork_traps.FORK_CONTEXT_ERROR,
                    methods=fork_traps.CHILD_ONLY,
                )
            elif self._default_fork_into_child_context(sink, problem, created_in):
                # fails where the default start method is fork, whatever the child's context
                problem = replace(
                    problem,
                    what=f"{problem.what} created by the default context (fork where that is "
                    "the default)",
                    error=fork_traps.FORK_CONTEXT_ERROR,
                    methods=fork_traps.FORK,
                )
                pickled = replace(pickled, methods=pickled.methods | fork_traps.FORK)
                context = fork_traps.FORK
            else:
                return False
        problem = copy_stops_at(sink.pickler, problem)
        if accepts(sink.pickler, problem):
            # cloudpickle, dill: copied by value where pickle needs a name, closure included
            captured = self._captured(sink, problem)
            if captured is None:
                return False
            problem = captured
        patched = self._patched_pickler
        if sink.pickler is Pickler.PICKLE and patched is not None and accepts(patched, problem):
            # copied by the patched pickler: only forked children can load it
            problem = replace(
                problem,
                methods=problem.methods & fork_traps.CHILD_ONLY,
                error=DILL_STREAM_IN_PLAIN_CHILD,
            )
        trap_methods, trap_note = self._fork_trap(sink, problem)
        failing = (problem.methods & pickled.methods | trap_methods) & context
        if not failing or (problem.since and self.config.target_python < problem.since):
            return False
        returned = pickled.mode in ("worker", "batch")
        site = pickled.expr if returned else (problem.site or pickled.expr)
        if returned:
            message = f"{sink.label} pickles {problem.what} back to the parent: {problem.error}"
        elif problem.contained or (pickled.mode == "items" and site is pickled.expr):
            message = (  # the bad value is among the items of what is pickled
                f"`{snippet(site)}` holds {problem.what}; {sink.label} pickles "
                f"{'it as ' if problem.contained and pickled.mode != 'items' else ''}"
                f"{pickled.role}: {problem.error}"
            )
        else:
            message = (
                f"`{snippet(site)}` is {problem.what}; {sink.label} pickles it as "
                f"{pickled.role}: {problem.error}"
            )
        note = pickled.note or (sink.note if not returned else "")
        if sink.sink in kb.QUEUE_PUT_METHODS and _fails_when_unpickled(problem):
            note = "it is queued, and the get() that unpickles it raises"
        if note:  # a sink's note says how the call's own values travel
            message += f" ({note})"
        if trap_methods & failing:
            message += trap_note
        pickled_note = f"pickled by {sink.label} as {pickled.role}"
        first = (
            ChainStep(span_of(pickled.expr), pickled_note)
            if pickled.expr.root() is self.module
            else step(pickled.expr, pickled_note)  # names the other module's file
        )
        hints = problem.hints
        if all(n.root() is self.module for n in (sink.call, pickled.expr, site)):
            hints = (*hints, _boundary_hint(sink, pickled, site))  # fixes rewrite this file
        self._add(
            problem.code,
            self._site_here(site, pickled, sink),
            message + self._where(failing, context, self._sink_config(sink)),
            problem.error,
            failing,
            context,
            (first, *problem.chain),
            hints,
            sink.sink,
            problem.since,
        )
        return True

    def _site_here(self, site: nodes.NodeNG, pickled: Pickled, sink: SinkCall) -> nodes.NodeNG:
        """Where in this file the finding goes: the bad value, or, when that lives in another
        module (a callable registered there with an imported manager class), the boundary."""
        for candidate in (site, pickled.expr):
            if candidate.root() is self.module:
                return candidate
        return sink.call

    def _default_fork_into_child_context(
        self, sink: SinkCall, problem: Problem, created_in: StartMethod | None
    ) -> bool:
        """A primitive of the default context (`multiprocessing.Lock()`) handed to a child of
        an explicit spawn or forkserver context: where fork is the default (Linux before
        3.14), its semaphore belongs to a fork context (cloud-volume 691)."""
        if created_in is not None or "Raw" in problem.what:
            return False
        explicit = sink.start_method or self.methods.for_receiver(sink.receiver)
        if explicit not in fork_traps.CHILD_ONLY:
            return False
        if StartMethod.FORK not in self.config.possible_start_methods():
            return False
        return fork_traps.made_by_default_context(problem.site, self.facade)

    def _primitive_context(self, site: nodes.NodeNG | None) -> StartMethod | None:
        """The start method of the context that created a primitive (`ctx.Lock()`)."""
        if isinstance(site, nodes.Name):
            site = _creation(site)
        if isinstance(site, nodes.Call) and not isinstance(site.func, nodes.Attribute):
            site = single_returned_value(site.func)  # `make_outbox()` returning `ctx.Queue()`
        if not (isinstance(site, nodes.Call) and isinstance(site.func, nodes.Attribute)):
            return None
        module = site.root()
        if module is not self.module:  # `make_outbox()` of another module: its context
            return StartMethodReader(self.facade, module).for_receiver(site.func.expr)
        return self.methods.for_receiver(site.func.expr)

    def _fork_trap(self, sink: SinkCall, problem: Problem) -> tuple[frozenset[StartMethod], str]:
        """Start methods a fork-only trap adds (engine/families/fork_traps.py)."""
        definition = next((h.data["def"] for h in problem.hints if "def" in h.data), None)
        line = definition[0] + 1 if isinstance(definition, list) else None
        added = fork_traps.defined_after_pool(
            problem.code, line, sink.sink, _creation(sink.receiver)
        )
        if added[0]:
            return added
        added = fork_traps.defined_after_executor_started(
            problem.code, line, sink.sink, sink.receiver
        )
        if added[0]:
            return added
        added = fork_traps.thread_queue_read_back(
            problem.code, problem.what, problem.site, sink.sink, sink.call
        )
        if added[0]:
            return added
        return fork_traps.pool_inherited_by_process(problem.code, problem.error, sink.sink)

    def _report_shared(self, sink: SinkCall, candidate: SharedCandidate) -> None:
        """PKL013: works, but the same numbers are pickled once per task."""
        site, data = candidate.site, candidate.data
        what = data.describe()
        shared = "shared_memory" if data.kind == "numpy" else "a multiprocessing.Array"
        message = (
            f"`{site.name}` is {what}, sent {candidate.how}: each task pickles and copies "
            "all of it again. Share it with the workers once instead: "
            f"{shared} handed to each worker through initializer/initargs."
        )
        chain = (
            ChainStep(span_of(site), f"pickled into every task by {sink.label}"),
            step(candidate.definition.statement(), f"`{site.name}` is assigned here: {what}"),
        )
        hint_data: dict[str, object] = {
            "call": _span_list(sink.call),
            "site": _span_list(site),
            "sink": sink.sink,
            "variable": site.name,
            "kind": data.kind,
            "length": data.length,
            "definition": _span_list(candidate.definition),
        }
        if data.typecode is not None:
            hint_data["typecode"] = data.typecode
        creation = _creation(sink.receiver)
        if creation is not None:
            hint_data["receiver_creation"] = _span_list(creation)
        hint = FixHint("share-numeric-data", hint_data)
        self._add_hint(rules.PKL013.code, site, message, chain, hint, sink.sink)

    # ---- module-level process start without a __main__ guard ---------------------------

    def _check_main_guard(self) -> None:
        calls = self._import_time_calls()
        started = [
            call
            for call in calls
            if self._check_unguarded_start(call)
            or self._check_unguarded_loader(call)
            or self._check_unguarded_construction(call)
        ]
        if started:
            return  # the pool or process made on import is reported: its users go with it
        for call in calls:
            self._check_unguarded_callee(call)

    def _check_unguarded_callee(self, call: nodes.Call) -> None:
        """`main()` at module level, whose function (or one it calls) starts processes."""
        if not isinstance(call.func, (nodes.Name, nodes.Attribute)):
            return
        found = started_by_callee(call, self.facade)
        if found is None:
            return
        callee, sink = found
        self._origin = span_of(call)
        home = sink.call.root()
        reader = self.methods if home is self.module else StartMethodReader(self.facade, home)
        explicit = sink.start_method or reader.for_receiver(sink.receiver)
        context = frozenset({explicit}) if explicit else self.config.possible_start_methods()
        failing = kb.CHILD_ONLY & context
        if not failing:
            return
        where = f"`{callee.name}` reaches {sink.label} in `{callee.root().name}`"
        chain = (
            ChainStep(span_of(call), "runs on import, also in every child process"),
            step(sink.call, f"{sink.label} starts worker processes here"),
        )
        self._report_unguarded(call, f" ({where})", failing, context, chain)

    def _import_time_calls(self) -> list[nodes.Call]:
        """Calls the module makes when imported: outside functions, classes and the guard."""
        calls: list[nodes.Call] = []
        for statement in self.module.body:
            if isinstance(statement, (nodes.FunctionDef, nodes.ClassDef, nodes.Import)):
                continue
            if isinstance(statement, nodes.If) and is_main_guard(statement):
                continue
            calls += _calls_outside_functions(statement)
        return calls

    def _check_unguarded_start(self, call: nodes.Call) -> bool:
        """Whether `call` itself starts processes at import time: then it is reported."""
        self._origin = span_of(call)
        func = call.func
        name = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
        if name not in UNGUARDED_START_NAMES:
            return False
        names = self.facade.qualified_names(func)
        starts = names & (kb.POOL_FACTORIES | kb.MANAGER_FACTORIES | {kb.EXECUTOR_CLASS})
        if name == "start" and "multiprocessing.process.BaseProcess.start" in names:
            starts = {"Process.start"}
        if starts == {kb.EXECUTOR_CLASS} and not self._executor_used_on_import(call):
            return False  # an executor starts its workers at the first submit or map
        if not starts:
            return False
        receiver = func.expr if isinstance(func, nodes.Attribute) else None
        explicit = self.methods.for_receiver(receiver)
        context = frozenset({explicit}) if explicit else self.config.possible_start_methods()
        failing = kb.CHILD_ONLY & context
        if not failing:
            return False
        chain = (ChainStep(span_of(call), "runs on import, also in every child process"),)
        self._report_unguarded(call, "", failing, context, chain)
        return True

    def _check_unguarded_loader(self, call: nodes.Call) -> bool:
        """`train_loader = DataLoader(ds, num_workers=2)` then `for batch in train_loader:` at
        module level: the loop starts the workers on import (MPRNet 114)."""
        sink = self._loaders.get(call)
        loop = _iterated_on_import(call, self._import_time_statements()) if sink else None
        if sink is None or loop is None:
            return False
        chain = (
            ChainStep(span_of(call), "made on import, also in every child process"),
            ChainStep(span_of(loop), "iterated on import: this starts the worker processes"),
        )
        return self._started_on_import(sink, " (when iterated)", chain)

    def _check_unguarded_construction(self, call: nodes.Call) -> bool:
        """`env = make_vec_env(..., vec_env_cls=SubprocVecEnv)` at module level: making the
        vector environment starts its workers on import (stable-baselines3 993)."""
        sink = self._started_by_construction.get(call)
        if sink is None:
            return False
        chain = (ChainStep(span_of(call), "runs on import, also in every child process"),)
        return self._started_on_import(sink, "", chain)

    def _started_on_import(self, sink: SinkCall, how: str, chain: tuple[ChainStep, ...]) -> bool:
        """Reports the sink's call as starting workers on import, where its start method (its
        own, or the platforms') re-imports the module in the child; False when none does."""
        self._origin = span_of(sink.call)
        explicit = sink.start_method
        context = frozenset({explicit}) if explicit else self.config.possible_start_methods()
        failing = kb.CHILD_ONLY & context
        if not failing:
            return False
        self._report_unguarded(sink.call, how, failing, context, chain)
        return True

    def _import_time_statements(self) -> list[nodes.NodeNG]:
        return [
            statement
            for statement in self.module.body
            if not (isinstance(statement, nodes.If) and is_main_guard(statement))
        ]

    def _report_unguarded(
        self,
        call: nodes.Call,
        how: str,
        failing: frozenset[StartMethod],
        context: frozenset[StartMethod],
        chain: tuple[ChainStep, ...],
    ) -> None:
        error = (
            "RuntimeError: An attempt has been made to start a new process before the current "
            "process has finished its bootstrapping phase."
        )
        message = (
            f"`{snippet(call)}` starts worker processes at module level{how}, outside "
            f'`if __name__ == "__main__":`; the child re-imports this module and does it again: '
            f"{error}"
        )
        hint = FixHint("add-main-guard", {"start_line": span_of(call).line})
        self._add(
            rules.PKL010.code,
            call,
            message + self._where(failing, context),
            error,
            failing,
            context,
            chain,
            (hint,),
            "multiprocessing",
        )

    def _executor_used_on_import(self, call: nodes.Call) -> bool:
        """`ProcessPoolExecutor(...)` given work on import: `.submit`/`.map` on it (on the name
        it is bound to by `=` or `with`) outside the guard, directly or in a function of the
        module called there."""
        parent = call.parent
        if isinstance(parent, nodes.Attribute):
            return parent.attrname in _EXECUTOR_WORK
        names = _bound_names(call)
        if not names:
            return False
        called: set[str] = set()
        for outer in self._import_time_calls():
            if _gives_work(outer, names):
                return True
            if isinstance(outer.func, nodes.Name):
                called.add(outer.func.name)
        functions = [
            s for s in self.module.body if isinstance(s, nodes.FunctionDef) and s.name in called
        ]
        return any(_gives_work(c, names) for f in functions for c in _calls_in_body(f))

    # ---- profilers that cannot see workers ----------------------------------------------

    def _check_profilers(self) -> None:
        if not _imports_a_profiler(self.module):
            return  # most files: no inference spent on every `x.run()` and `with f():`
        for call in nodes_in(self.module, nodes.Call):
            if self._starts_a_profiler(call) and not self._runs_in_a_worker(call):
                self._report_profiler(call)

    def _starts_a_profiler(self, call: nodes.Call) -> bool:
        """`cProfile.run(...)`, `profiler.enable()`, or `with cProfile.Profile():`."""
        func = call.func
        if isinstance(func, nodes.Attribute) and func.attrname in PROFILER_CALLS:
            self._origin = span_of(call)
            names = self.facade.qualified_names(func)
            return bool(names & kb.PROFILER_RUNS or any(n.startswith("_lsprof.") for n in names))
        if not isinstance(call.parent, nodes.With) or call not in dict(call.parent.items):
            return False
        self._origin = span_of(call)
        return bool(self.facade.qualified_names(func) & _PROFILER_CLASSES)

    def _runs_in_a_worker(self, call: nodes.Call) -> bool:
        """Profiling inside the function sent to the workers measures the worker: fine."""
        scope = call.scope()
        while isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            if isinstance(scope, nodes.FunctionDef) and scope.name in self._sent_names:
                return True
            scope = scope.parent.scope() if scope.parent is not None else None
        return False

    def _report_profiler(self, call: nodes.Call) -> None:
        message = (
            f"`{snippet(call)}` profiles only this process: time spent in worker processes is "
            "invisible here. Run `picklecheck profile <script>` to profile the workers too."
        )
        hint = FixHint("profile-with-picklecheck", {})
        chain = (ChainStep(span_of(call), "cProfile measures the calling process only"),)
        self._add_hint(rules.PKL012.code, call, message, chain, hint, "cProfile")

    # ---- code run by exec() in a namespace of its own ------------------------------------

    def _check_exec_code(self) -> None:
        for found in exec_defined_problems(self.module, self.facade):
            self._origin = span_of(found.exec_call)
            self._report_exec_definition(found)

    def _report_exec_definition(self, found: ExecDefinition) -> None:
        name = found.definition.name
        is_class = isinstance(found.definition, nodes.ClassDef)
        shown = f"<class '{found.home}.{name}'>" if is_class else f"<function {name}>"
        error = (
            f"PicklingError: Can't pickle {shown}: attribute lookup {name} on {found.home} failed"
        )
        kind = "class" if is_class else "function"
        message = (
            f"`{snippet(found.exec_call)}` runs code whose {found.boundary} pickles `{name}`, a "
            f"{kind} that code defines in the namespace `exec` is given, which no module "
            f"holds: {error}"
        )
        chain = (ChainStep(span_of(found.exec_call), "the code runs in a namespace of its own"),)
        every = ALL_START_METHODS
        self._add(
            rules.PKL014.code, found.exec_call, message, error, every, every, chain, (), "exec"
        )

    # ---- findings -----------------------------------------------------------------------

    def _where(
        self,
        failing: frozenset[StartMethod],
        context: frozenset[StartMethod],
        config: Config | None = None,
    ) -> str:
        narrowed = config is not None and config.platforms != self.config.platforms
        platforms = (config or self.config).platforms_failing(failing)
        if failing == context:  # where the call is a boundary at all, it fails
            return f" [fails on {', '.join(platforms)}]" if narrowed and platforms else ""
        methods = ", ".join(m.value for m in StartMethod if m in failing)
        where = f" on {', '.join(platforms)}" if platforms else ""
        return f" [fails with the {methods} start method{where}]"

    def _add_hint(
        self,
        code: str,
        site: nodes.NodeNG,
        message: str,
        chain: tuple[ChainStep, ...],
        hint: FixHint,
        sink: str,
    ) -> None:
        """A finding that is advice (PKL012, PKL013): nothing fails under any start method."""
        self._add(code, site, message, "", frozenset(), frozenset(), chain, (hint,), sink)

    def _add(
        self,
        code: str,
        site: nodes.NodeNG,
        message: str,
        error: str,
        failing: frozenset[StartMethod],
        context: frozenset[StartMethod],
        chain: tuple[ChainStep, ...],
        hints: tuple[FixHint, ...],
        sink: str,
        since: tuple[int, int] | None = None,
    ) -> None:
        own = os.path.abspath(self.path)
        chain = tuple(
            replace(link, path=None) if link.path in (self.path, own) else link for link in chain
        )
        hints = tuple(_without_own_path(hint, own) for hint in hints)
        severity = self.config.severity.get(code, rule(code).severity)
        if severity is Severity.ERROR and failing != context:
            severity = Severity.WARNING  # fails only on some platforms the user may target
        span = span_of(site)
        worded = worded_for(error, self.config.target_python)
        message, error = message.replace(error, worded) if error else message, worded
        # In Finding's field order: code, severity, span, message, runtime error, start methods,
        # since, chain, fix hints, sink, path.
        finding = Finding(
            code, severity, span, message, error, failing, since, chain, hints, sink, self.path
        )
        self.raw.append((self._origin, finding))


def _without_own_path(hint: FixHint, own: str) -> FixHint:
    if hint.data.get("path") != own:
        return hint
    return FixHint(hint.kind, {k: v for k, v in hint.data.items() if k != "path"})


def _boundary_hint(sink: SinkCall, pickled: Pickled, site: nodes.NodeNG) -> FixHint:
    """Where the boundary is, for fixes that rewrite it (e.g. move a value to initargs)."""
    data: dict[str, object] = {
        "call": _span_list(sink.call),
        "argument": _span_list(pickled.expr),
        "site": _span_list(site),
        "sink": sink.sink,
        "role": pickled.role,
    }
    if isinstance(site, nodes.Name):
        data["variable"] = site.name
    creation = _creation(sink.receiver)
    if creation is not None:
        data["receiver_creation"] = _span_list(creation)
    return FixHint("boundary", data)


def _passed_store_sink(found: ProxyStore) -> tuple[SinkCall, Pickled, str]:
    """The caller's call as the boundary of what another module's function stores into the
    Manager proxy, or puts into the Queue, the call hands it."""
    name = found.proxy.name
    if found.queue:
        note = f"`{found.callee.name}()` puts into it"
        sink = SinkCall(
            found.call, "multiprocessing.queues.Queue.put", f"Queue `{name}` ({note})", None
        )
        sink.note = "the error is raised in the queue's feeder thread and the item is lost"
        pickled = Pickled("the queued item", found.value, "value", kb.ALWAYS)
        where = "put into the queue here"
    else:
        note = f"`{found.callee.name}()` stores into it"
        label = f"the Manager proxy `{name}` ({note})"
        sink = SinkCall(found.call, "multiprocessing.managers.BaseProxy", label, None)
        pickled = Pickled("the stored value", found.value, "value", kb.ALWAYS)
        where = "stored into the proxy here"
    sink.pickled.append(pickled)
    return sink, pickled, where


def _creation(receiver: nodes.NodeNG | None) -> nodes.NodeNG | None:
    """The call that created a named pool/executor receiver (`with Pool() as p`, `p = Pool()`)."""
    return creating_call(receiver) if isinstance(receiver, nodes.Name) else None


def _span_list(node: nodes.NodeNG) -> list[int]:
    span = span_of(node)
    return [span.line, span.col, span.end_line, span.end_col]


_EXECUTOR_WORK = frozenset({"submit", "map"})
# What a child runs: a bound method there runs on the child's copy of its object.
_RUN_ROLES = frozenset({"the worker function", "the target"})


def _constructed_elements(expr: nodes.NodeNG) -> list[nodes.ClassDef]:
    """Project classes a loop variable's elements or a constant index's element construct,
    where inference gives up (`job` of `for job in jobs`, `jobs = [IBMQJob(i, s) for ...]`;
    `jobs[0]`)."""
    elements = list(loop_elements(expr))
    if isinstance(expr, nodes.Subscript):
        element = constant_index_value(expr)
        elements += [element] if element is not None else []
    found: list[nodes.ClassDef] = []
    for element in elements:
        cls = constructed_project_class(element)
        if cls is not None and cls not in found:
            found.append(cls)
    return found


def _has_initializer(receiver: nodes.NodeNG | None) -> bool:
    """The pool or executor was made with an initializer (`Pool(2, init)`, `initializer=`)."""
    created = creating_call(receiver) if receiver is not None else None
    for made in pool_making_calls(created):  # also `closing(self.executor_fn(...))`
        positional = 2 if spelled_name(made.func) == "ProcessPoolExecutor" else 1
        if len(made.args) > positional or any(k.arg == "initializer" for k in made.keywords or []):
            return True
    return False


def _bound_names(call: nodes.Call) -> set[str]:
    """The names `call`'s value is bound to: `x = call`, `with call as x`."""
    parent = call.parent
    if isinstance(parent, nodes.Assign) and parent.value is call:
        return {t.name for t in parent.targets if isinstance(t, nodes.AssignName)}
    if isinstance(parent, nodes.With):
        return {
            target.name
            for item, target in parent.items
            if item is call and isinstance(target, nodes.AssignName)
        }
    return set()


def _gives_work(call: nodes.Call, names: set[str]) -> bool:
    func = call.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname in _EXECUTOR_WORK
        and isinstance(func.expr, nodes.Name)
        and func.expr.name in names
    )


def _calls_in_body(function: nodes.FunctionDef) -> list[nodes.Call]:
    """The calls in `function`'s own body (not in nested definitions)."""
    return [c for statement in function.body for c in _calls_outside_functions(statement)]


def _pickling_errors_handled(call: nodes.Call) -> bool:
    """The call sits in the body of a `try` (in its own function) one of whose handlers
    names `PicklingError`: the program expects the failure and goes on (pyVisOS 42)."""
    node: nodes.NodeNG = call
    parent = call.parent
    while parent is not None and not isinstance(parent, (nodes.FunctionDef, nodes.Module)):
        if isinstance(parent, nodes.Try) and node in parent.body and _names_pickling_error(parent):
            return True
        node, parent = parent, parent.parent
    return False


def _names_pickling_error(statement: nodes.Try) -> bool:
    return any(
        handler.type is not None and "PicklingError" in handler_names(handler.type)
        for handler in statement.handlers
    )


_LOADER_SINK = "torch.utils.data.DataLoader"
_STARTING_ON_CONSTRUCTION = "vecenv."
# Calls whose first argument is iterated: `enumerate(loader)`, `next(iter(loader))`.
_ITERATING_CALLS = frozenset({"enumerate", "iter", "list", "tuple", "zip"})


def _iterated_on_import(call: nodes.Call, statements: list[nodes.NodeNG]) -> nodes.NodeNG | None:
    """The module-level loop or call that iterates what `call` is bound to, after it."""
    names = _bound_names(call)
    if not names:
        return None
    for statement in statements:
        if (statement.lineno or 0) <= (call.lineno or 0):
            continue
        if isinstance(statement, nodes.For) and _reads_one_of(statement.iter, names):
            return statement
        for inner in _calls_outside_functions(statement):
            called = inner.func.name if isinstance(inner.func, nodes.Name) else None
            if called in _ITERATING_CALLS and inner.args and _reads_one_of(inner.args[0], names):
                return inner
            if _iterated_by_callee(inner, names):
                return inner
    return None


def _iterated_by_callee(call: nodes.Call, names: set[str]) -> bool:
    """`evaluate(test_loader, model)` of a module function that loops over the parameter the
    loader is given, or over the module's `test_loader` itself (a-PyTorch-Tutorial 46)."""
    function = single_definition(call.func)
    if not isinstance(function, nodes.FunctionDef) or isinstance(function.parent, nodes.ClassDef):
        return False
    read = {name for name in names if name not in function.locals}
    parameters = function.args.args or []
    for index, given in enumerate(call.args):
        if isinstance(given, nodes.Name) and given.name in names and index < len(parameters):
            read.add(parameters[index].name)
    for keyword in call.keywords or []:
        if isinstance(keyword.value, nodes.Name) and keyword.value.name in names and keyword.arg:
            read.add(keyword.arg)
    return any(_reads_one_of(loop.iter, read) for loop in own_nodes(function, nodes.For))


def _reads_one_of(expr: nodes.NodeNG, names: set[str]) -> bool:
    """`loader` or `enumerate(loader)` (the iterable of a loop)."""
    called = (
        expr.func.name
        if isinstance(expr, nodes.Call) and isinstance(expr.func, nodes.Name)
        else None
    )
    if called in _ITERATING_CALLS and isinstance(expr, nodes.Call) and expr.args:
        expr = expr.args[0]
    return isinstance(expr, nodes.Name) and expr.name in names


def _calls_outside_functions(statement: nodes.NodeNG) -> list[nodes.Call]:
    found: list[nodes.Call] = []
    stack = [statement]
    while stack:
        node = stack.pop()
        if isinstance(node, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
            continue
        if isinstance(node, nodes.Call):
            found.append(node)
        stack.extend(node.get_children())
    return found


def _visible(findings: list[Finding], source: str, config: Config) -> list[Finding]:
    suppressions = parse_suppressions(source)
    kept = [
        f
        for f in findings
        if _rule_enabled(config, f.code)
        and not is_suppressed(suppressions, f.span.line, f.code, rule(f.code).name)
    ]
    return sorted(kept, key=lambda f: f.sort_key)


def _rule_enabled(config: Config, code: str) -> bool:
    """Selection and ignores accept codes and names alike."""
    keys = {code, rule(code).name}
    if keys & config.ignore:
        return False
    return config.select is None or bool(keys & config.select)


def _fails_when_unpickled(problem: Problem) -> bool:
    """An exception that pickles but cannot be rebuilt: the receiving side fails, not the
    sender (its fix is a `__reduce__`)."""
    return any(hint.kind == "exception-reduce" for hint in problem.hints)
