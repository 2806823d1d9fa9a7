"""The rule registry: the one source for codes, names, messages and the generated docs.

Codes are stable forever: a retired rule keeps its code reserved in RETIRED.
"""

from __future__ import annotations

from dataclasses import dataclass

from picklecheck.engine.model import Severity

DOCS_BASE_URL = "https://github.com/picklecheck/picklecheck/blob/main/docs/rules"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    severity: Severity
    what: str
    why: str
    fix: str

    @property
    def docs_url(self) -> str:
        return f"{DOCS_BASE_URL}/{self.code}.md"


PKL001 = Rule(
    "PKL001",
    "lambda-crosses-process-boundary",
    "A lambda is sent to another process",
    Severity.ERROR,
    "Flags a lambda passed where multiprocessing or concurrent.futures pickles it.",
    "pickle stores functions by their importable name; a lambda has none, so pickling "
    "fails with `Can't pickle <function <lambda>>`. A lambda bound in a class body is no "
    "better: `staticmethod(lambda ...)` is named `Cls.<lambda>`, and `clean = lambda self, "
    "s: ...` read as `self.clean` is a bound method pickled as `getattr(obj, '<lambda>')`, "
    "which the receiving process cannot find (a Pool then waits forever).",
    "Lift the lambda to a module-level `def`; bind captured values with functools.partial. "
    "A lambda method in a class body becomes a `def` method of the class.",
)

PKL002 = Rule(
    "PKL002",
    "local-definition-crosses-process-boundary",
    "A function or class defined inside another function is sent to another process",
    Severity.ERROR,
    "Flags nested functions and classes (and instances of nested classes) that get pickled, "
    "module-level functions a decorator (of the file or of another module of the project) "
    "replaces with its local wrapper, "
    "and instances of classes made by `namedtuple(...)`, `NamedTuple(...)` or `type(...)` "
    "inside a function or a class body.",
    "pickle looks functions and classes up by qualified name in their module; "
    "`f.<locals>.g` cannot be looked up, so pickling fails with `Can't pickle local object`. "
    "A class made by a call is named by its first argument only: `Point` made in the body of "
    "`class Shapes` is looked up as `Point` in the module, where there is none.",
    "Move the definition (or the `namedtuple(...)` call) to module level; pass captured "
    "variables as arguments.",
)

PKL003 = Rule(
    "PKL003",
    "main-guard-definition-under-spawn",
    "A function defined under `if __name__ == '__main__':` is used in a child process",
    Severity.ERROR,
    "Flags functions and classes defined inside the `__main__` guard that cross a process "
    "boundary; under fork too when the function is defined after the `Pool(...)` that "
    "uses it, and under fork only for a module-level function defined below a `Pool(...)` "
    "made in an earlier `__main__` block (a notebook's order). Also a function that "
    "`global f` makes inside a function that importing the module never runs (`main()`, "
    "called under the guard).",
    "Under spawn and forkserver the child re-imports the main module as `__mp_main__`, "
    "where the guarded block does not run, so unpickling fails with "
    "`Can't get attribute 'f' on <module '__mp_main__'>`. A Pool forks its workers when "
    "it is created, so under fork a function defined after that line is missing from them "
    "as well, and the pool waits forever. A `global f` made by `main()` is missing there "
    "for the same reason, even when that function is the pool's initializer: the child "
    "runs the script through runpy and copies the names it made into `__mp_main__`, so "
    "the function's globals are no longer the module's.",
    "Move the definition above the guard, to module level.",
)

PKL004 = Rule(
    "PKL004",
    "unpicklable-object-crosses-process-boundary",
    "An object that cannot be pickled is sent to another process",
    Severity.ERROR,
    "Flags open files, locks, database connections, SSL contexts, generators, modules, "
    "weak references, hash objects and other objects without pickle support, also "
    "gettext catalogs (their plural rule is compiled at run time), MongoDB databases and "
    "collections reached as attributes of a client, functions a project decorator turns into "
    "wrapt proxies, and, for picklers that copy files (joblib's loky, vector environments), "
    "text files opened only for writing (a Stable-Baselines3 `Monitor` with a log file), "
    "loggers made directly instead of by `logging.getLogger`, and the iterator a DataLoader "
    "subclass keeps from `super().__iter__()`.",
    "These objects wrap operating-system or interpreter state that pickle refuses to copy: "
    "`TypeError: cannot pickle '...' object`.",
    "Send the data needed to recreate the object (a path, a DSN) and create it in the worker.",
)

PKL005 = Rule(
    "PKL005",
    "unpicklable-instance-state",
    "An instance whose attributes cannot be pickled is sent to another process",
    Severity.ERROR,
    "Flags instances of classes that store unpicklable values in their attributes, "
    "directly or through containers, inherited attributes or other instances, "
    "instances whose `__getattr__` reads `self` (or a key of `self.__dict__`) before the "
    "state is restored, "
    "instances whose `__reduce__` rebuilds the class from fewer arguments than its "
    "`__init__` requires, instances of a plain class whose `__new__` requires arguments it "
    "gives pickle no way to pass (no `__getnewargs__` or `__reduce__`), instances of a "
    "`@dataclass(frozen=True)` with hand-written `__slots__` or deriving from an exception, "
    "and instances whose own `__getstate__`, `__reduce__` or `__reduce_ex__` raises before "
    "doing anything else (also a decorator's wrapt-style proxy bound to a function's name).",
    "pickle copies an instance's `__dict__`; one unpicklable attribute makes the whole "
    "object fail. Unpickling asks the still empty instance for `__setstate__`, so a "
    "`__getattr__` that reads another attribute recurses (`RecursionError`), one that "
    "reads `self.__dict__[key]` raises `KeyError`. "
    "`__reduce__` returning `(Template, (self.source,))` pickles, but unpickling calls "
    "`Template(source)`: `TypeError: ... missing 1 required positional argument`; likewise "
    "unpickling calls `cls.__new__(cls)` with no arguments, and restores slots (or an "
    "exception's attributes) with `setattr`, which a frozen dataclass refuses "
    "(`FrozenInstanceError`).",
    "Define `__getstate__`/`__setstate__` that drop the attribute and rebuild it, or send "
    "only the data the worker needs.",
)

PKL006 = Rule(
    "PKL006",
    "multiprocessing-primitive-outside-inheritance",
    "A multiprocessing Lock, Queue, Value or Array is passed to a pool task or a queue",
    Severity.ERROR,
    "Flags multiprocessing synchronisation primitives, queues and shared ctypes passed "
    "anywhere except `Process(args=...)` and `initargs`, and those made by a fork context "
    "passed to a spawn or forkserver child.",
    "They may only be pickled while a child is being spawned: "
    "`RuntimeError: Lock objects should only be shared between processes through "
    "inheritance`, under every start method.",
    "Pass it through `Pool(initializer=..., initargs=...)` into a module-level global, or "
    "use a `multiprocessing.Manager()` proxy.",
)

PKL007 = Rule(
    "PKL007",
    "unpicklable-worker-result",
    "A worker function returns a value that cannot be pickled",
    Severity.ERROR,
    "Flags pool and executor worker functions whose return value cannot be sent back, and "
    "the batches a DataLoader's `collate_fn` makes in its worker processes.",
    "Results are pickled back to the parent: `MaybeEncodingError: Error sending result` "
    "from Pool, a PicklingError from the executor's future; a DataLoader batch is dropped by "
    "the worker's queue thread and the loop waits forever.",
    "Return plain data instead of the resource.",
)

PKL008 = Rule(
    "PKL008",
    "unpicklable-worker-exception",
    "A worker raises an exception that cannot be unpickled in the parent",
    Severity.WARNING,
    "Flags exception classes raised in workers (or in the project's functions they call) "
    "whose `__init__` requires arguments that `self.args` does not carry, passes "
    "`super().__init__` (or `Exception.__init__(self, ...)`) an attribute of its own "
    "argument (`stuff.two` for `stuff`) or a message built from it, or "
    "stores a value that cannot be pickled (a lock, an open file) on the exception or in its "
    "`args` (`ValueError('bad rows', rows_generator)`); also exceptions a worker returns, "
    "and a library's error the worker catches and re-raises when that error keeps library "
    "state (`except jsonschema.ValidationError: raise`). The exception may be raised by "
    "name (`exc = Error(...)`, then `raise exc`) and by a function the worker calls through a "
    "parameter (`fn(*args)` in `run_in_process(fn, ...)`), read from what the callers pass.",
    "Exceptions are rebuilt as `cls(*self.args)`; a required argument missing from args "
    "makes unpickling fail with `TypeError: __init__() missing ... argument`; an argument "
    "derived from a parameter is derived again from its own value. `Pool.map` then waits "
    "forever. `BaseException.__reduce__` pickles `args` and `__dict__` as they are: an "
    "exception's `__getstate__` is never called.",
    "Pass every `__init__` argument to `super().__init__(...)`, or define `__reduce__`.",
)

PKL009 = Rule(
    "PKL009",
    "bound-method-target-pickles-self",
    "A bound method used as a target pickles an instance with unpicklable state",
    Severity.ERROR,
    "Flags `target=self.method` (and pool functions that are bound methods) when the "
    "instance holds unpicklable attributes.",
    "A bound method pickles its `__self__`, so the whole instance with its locks, handles "
    "and clients is copied.",
    "Make the target a module-level function that receives only the data it needs, or add "
    "`__getstate__` to the class.",
)

PKL010 = Rule(
    "PKL010",
    "missing-main-guard",
    "A process is started at import time without `if __name__ == '__main__':`",
    Severity.ERROR,
    "Flags module-level code that starts processes or creates pools outside the `__main__` guard "
    "(a `ProcessPoolExecutor` only when it is given work there: it starts its workers at the "
    "first `submit` or `map`; a torch `DataLoader` with `num_workers > 0` when it is iterated "
    "there, or handed to a module function that loops over it; a Stable-Baselines3 vector "
    "environment when it is made there), also module-level calls of "
    "project functions that start processes.",
    "Under spawn and forkserver the child imports the main module again and would start "
    "processes itself: `RuntimeError: An attempt has been made to start a new process "
    "before the current process has finished its bootstrapping phase`.",
    "Put the process-starting code under `if __name__ == '__main__':`.",
)

PKL011 = Rule(
    "PKL011",
    "process-object-crosses-process-boundary",
    "A Pool, Process or Manager object is sent to another process",
    Severity.ERROR,
    "Flags pools, processes and managers passed as task arguments or queue items.",
    "`NotImplementedError: pool objects cannot be passed between processes or pickled`, "
    "`TypeError: Pickling an AuthenticationString object is disallowed`.",
    "Keep the pool in the parent; send data, not process machinery.",
)

PKL012 = Rule(
    "PKL012",
    "profiler-hides-worker-time",
    "cProfile around pool calls measures only the parent process",
    Severity.INFO,
    "Flags `cProfile.run(...)`, `Profile.enable()` and `with cProfile.Profile():` in a file "
    "that uses process pools or processes; not inside a function sent to the workers, "
    "which profiles the worker itself.",
    "The profiler only sees the parent waiting on workers; the work done in children is invisible.",
    "Profile every process with `picklecheck profile script.py`.",
)

PKL013 = Rule(
    "PKL013",
    "numeric-data-copied-to-every-task",
    "The same large list of numbers is pickled into every pool task",
    Severity.INFO,
    "Flags a variable bound once to a list of numbers (all int or all float) or a numpy "
    "array of a statically known size, at least `shared-data-min-items` (default 1000) long, "
    "that every task of one `Pool` or `ProcessPoolExecutor` call receives: in each task "
    "tuple, through `functools.partial`, or as an argument of `apply_async`/`submit` in a "
    "loop.",
    "The program works, but each task pickles the whole sequence again and every worker "
    "unpickles its own copy: time and memory grow with the number of tasks, not with the data.",
    "Create a `multiprocessing.Array` (or `shared_memory.SharedMemory` for numpy) once, hand "
    "it to each worker through `Pool(initializer=..., initargs=...)` into a module-level "
    "global, and send only the per-task values. Passing the Array itself as a task argument "
    "fails (PKL006).",
)

PKL014 = Rule(
    "PKL014",
    "name-refers-to-another-object",
    "A function or class is pickled by a name that now refers to another object",
    Severity.ERROR,
    "Flags module-level functions replaced by a decorator class instance, instances of a "
    "class defined again later in the module (or whose name is bound to an instance of "
    "itself, `args = args()`), classes made by `namedtuple`, `NamedTuple`, "
    "`Enum`, `type` or `make_dataclass` whose type name differs from the variable they are "
    "bound to (their instances and enum members), classes nested in a class body under a "
    "private name (`class __OneInstance:`, which Python stores as `_Outer__OneInstance`), "
    "bound methods of private methods (`self.__collect`, unpickled as `getattr(obj, "
    "'__collect')`, which finds nothing), "
    "classes whose `__module__` is set to a module that cannot be imported or does not "
    "hold them, classes whose `__qualname__` is set to another name (numpy's "
    "`cls.__qualname__ = cls.__base__.__qualname__`, also for a raised exception), "
    "instances of ctypes array types made by multiplying (`(c_ubyte * 2)()`, "
    "named `c_ubyte_Array_2` in no module) or by `ctypes.create_string_buffer(64)` "
    "(`c_char_Array_64`, not in `ctypes`), "
    "functions of a module loaded from a file path (`spec_from_file_location` and "
    "`module_from_spec`), which a spawned child cannot import by its name, "
    "functions or classes read out of the dict exec'd source defined them in "
    '(`compiled["evaluate"]`), '
    "functions pickled after their name was "
    "bound again (`score = functools.partial(score, ...)`, a list built before a second "
    "`def` or before `name = decorator(name)`, `functools.lru_cache` or `cache` wrappers "
    "made by a call that leaves the wrapped function's name to the function "
    "(`self._inv = lru_cache(maxsize=n)(self._inv)`, `fast = cache(parse)`), "
    "a table where a decorator stores the "
    "original it replaces by a wrapper, a decorator's wrapper that sends the original it "
    "closes over to a Process or pool), `functools.wraps` wrappers bound to another "
    "name than the function they wrap, module-level functions given another "
    "function's name by `@functools.wraps(other)`, and functions or classes that code run "
    "by `exec(code, {...})` defines in a namespace of its own and sends to a process "
    "(a REPL backend, a notebook runner; followed when the program writes the code as a "
    "string constant).",
    "pickle stores functions and classes as module plus name and checks that the name "
    "leads back to the same object: `PicklingError: Can't pickle <function f>: it's not "
    "the same object as __main__.f`, or `attribute lookup Pt on __main__ failed`.",
    "Keep one object per name: give the namedtuple (enum, class) its variable's name, rename "
    "the second class or function, bind a partial or a wrapper to a new name only when it "
    "does not take the wrapped function's name (`weighted = partial(score, ...)` is fine, "
    "`fast = memo(parse)` with `functools.wraps` is not), and make decorators return a "
    "function wrapped with functools.wraps.",
)

PKL015 = Rule(
    "PKL015",
    "state-lost-in-round-trip",
    "The child's copy of an object lacks state its `__getstate__` left out",
    Severity.ERROR,
    "Flags objects sent to another process whose class's `__getstate__` leaves an attribute "
    "out of the state (also one that keeps only the names a class attribute lists, "
    "`{a: getattr(self, a, None) for a in self.__attrs__}`, which a subclass's own "
    "attributes are not among), or keeps it only as None, when nothing sets it again as the "
    "copy is "
    "rebuilt (no `__setstate__`, or one that restores other names), and the code the child "
    "runs reads it: a method of the object the worker calls, or the bound method the pool "
    "runs, also through an object the first one keeps. Also a project subclass of "
    "`multiprocessing.queues.Queue` whose `__init__` adds attributes: a spawned child rebuilds "
    "it from the base's own state.",
    "Pickling works, so nothing fails in the parent: the copy the child unpickles is broken. "
    "Reading the attribute raises `AttributeError: 'X' object has no attribute '...'`, or "
    "the None that stands for a lock fails as one (`'NoneType' object does not support the "
    "context manager protocol`); the worker dies, the pool reports it, or a consumer "
    "waiting for the child's output times out.",
    "Set every dropped attribute again in `__setstate__` (make a new lock, reopen the file), "
    "under the name the methods read, or keep it in the state if it pickles.",
)

PKL016 = Rule(
    "PKL016",
    "global-set-only-in-parent",
    "A worker reads a module global the parent sets at run time, which spawned children lack",
    Severity.ERROR,
    "Flags a worker function (a pool task, an executor task, a Process target) reading, "
    "itself or in a module-level helper of the project it calls, a "
    "module-level variable its module gives no usable value at import, when the parent sets "
    "it before starting the work: rebound in a function declaring it `global` or under the "
    '`if __name__ == "__main__":` block, or filled in (`TABLE[key] = value`, '
    "`TABLE.update(...)`). Reported when the child's value surely breaks the worker: the "
    "name is not defined at import, or it is None there and the worker subscripts, iterates, "
    "calls, passes as a path or number (`os.path.join`, `open`, `int`) or reads an attribute "
    "of it, or it is an empty container there that the worker "
    "indexes. The same holds for an attribute of a module-level class the worker reads "
    "(`Settings.model`) and the parent sets (`Settings.model = load()` under the main guard, "
    "`cls.handlers[key] = ...` in a classmethod it calls), and for a worker that talks to "
    "other processes through a Queue, Pipe, Event, Value or Array the module makes on import "
    "(`out_queue = multiprocessing.Queue()` at module level) and the parent uses too, or "
    "that the `__init__` of the Process subclass whose `run` uses it rebinds with `global` "
    "(run in the parent only: the child receives the object without running `__init__`). A "
    "worker that tests the variable first, or a pool with an initializer, is left alone.",
    "A child started by spawn (macOS, Windows) or forkserver (Linux since Python 3.14) runs "
    "nothing of the parent's program: it imports the worker's module again (the main module "
    "as `__mp_main__`, without its main block) and sees each global as the import left it. "
    "fork copies the parent's memory, so the same code works on Linux before 3.14 and fails "
    "elsewhere with `NameError`, `'NoneType' object is not subscriptable` or `KeyError` "
    "inside the worker.",
    "Send the value with the work (an argument of the task, `functools.partial`), or set the "
    "global in each child with `Pool(initializer=set_config, initargs=(config,))` (also "
    "`ProcessPoolExecutor(initializer=...)`; the quick fix writes that), or compute it at "
    "import time.",
)

# Every rule, in code order: what docs, settings and tests list.
RULES: tuple[Rule, ...] = (
    PKL001,
    PKL002,
    PKL003,
    PKL004,
    PKL005,
    PKL006,
    PKL007,
    PKL008,
    PKL009,
    PKL010,
    PKL011,
    PKL012,
    PKL013,
    PKL014,
    PKL015,
    PKL016,
)

RETIRED: frozenset[str] = frozenset()

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def rule(code: str) -> Rule:
    return RULES_BY_CODE[code]


def resolve_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    return RULES_BY_CODE.get(key.upper()) or RULES_BY_NAME.get(key.lower())
