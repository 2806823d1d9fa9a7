"""What picklecheck knows about the standard library: which objects cannot be pickled, which
calls create them, and which calls are process boundaries.

The unpicklable kinds are data, in unpicklable.toml. Every entry was checked against CPython
3.11's real pickling behaviour (the corpus in tests/corpus executes a program per family).
Names are astroid qualified names.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from picklecheck.engine.model import ALL_START_METHODS, CHILD_PICKLING_METHODS, StartMethod


@dataclass(frozen=True)
class Unpicklable:
    """A kind of object that pickling rejects."""

    what: str  # "an open file"
    error: str  # the message users see
    since: tuple[int, int] | None = None  # first Python version where pickling fails


def _cannot(type_name: str) -> str:
    return f"TypeError: cannot pickle '{type_name}' object"


@functools.cache
def _kinds() -> list[dict[str, Any]]:
    """Parsed once: every table below reads it (parsing took ~2 ms a time at start-up)."""
    text = Path(__file__).with_name("unpicklable.toml").read_text(encoding="utf-8")
    kinds: list[dict[str, Any]] = tomllib.loads(text)["kind"]
    return kinds


def _unpicklable(kind: dict[str, Any]) -> Unpicklable:
    error = kind["error"] if "error" in kind else _cannot(kind["type"])
    major, minor = kind.get("since", (0, 0))
    return Unpicklable(kind["what"], error, (major, minor) if "since" in kind else None)


def _table(role: str) -> dict[str, Unpicklable]:
    """`role` ("instances", "factories", "called_instances_of", "objects", "yielded_by",
    "attributes", "returned_by") of every kind in
    unpicklable.toml, by qualified name."""
    return {name: _unpicklable(kind) for kind in _kinds() for name in kind.get(role, [])}


# Instances whose class (astroid qname) cannot be pickled.
UNPICKLABLE_INSTANCES: dict[str, Unpicklable] = _table("instances")
# Library classes whose subclasses cannot be pickled either (`logging.Handler`: every handler
# makes its lock in `Handler.__init__`), with the methods a subclass that pickles defines
# (`NullHandler` overrides `createLock` and keeps no lock).
UNPICKLABLE_BASES: dict[str, tuple[Unpicklable, frozenset[str]]] = {
    name: (_unpicklable(kind), frozenset(kind.get("unless_defined", [])))
    for kind in _kinds()
    for name in kind.get("subclasses_of", [])
}
# Library exceptions that cannot travel back from a worker once the library raised them (they
# keep library state), by the name the `except` clause catches them under.
UNPICKLABLE_RERAISED: dict[str, Unpicklable] = _table("reraised")
# Calls whose result cannot be pickled, for callees astroid cannot follow into (C functions).
UNPICKLABLE_FACTORIES: dict[str, Unpicklable] = _table("factories")
# Library decorators whose decorated functions cannot be pickled (`deprecated.deprecated`), and
# library decorators that make such decorators of a project's own (`wrapt.decorator`).
UNPICKLABLE_DECORATED: dict[str, Unpicklable] = _table("decorated_by")
UNPICKLABLE_DECORATOR_MAKERS: dict[str, Unpicklable] = _table("decorators_made_by")
# Calls of instances of these classes whose result cannot be pickled (`sessionmaker(...)()`).
UNPICKLABLE_CALLED_INSTANCES: dict[str, Unpicklable] = _table("called_instances_of")
# Module-level objects that cannot be pickled, by the dotted name they are imported as
# (`os.environ`: astroid infers a plain dict besides the real object, so inference cannot tell).
UNPICKLABLE_OBJECTS: dict[str, Unpicklable] = _table("objects")
# Calls whose every item (when iterated) cannot be pickled: `os.scandir(path)`.
UNPICKLABLE_ITEMS: dict[str, Unpicklable] = _table("yielded_by")
# Attributes of instances, by the instance's class and the attribute's name:
# `multiprocessing.shared_memory.SharedMemory.buf` (astroid does not follow the property).
UNPICKLABLE_ATTRIBUTES: dict[str, Unpicklable] = _table("attributes")
# What library calls inference cannot follow return, for the attributes above.
RETURNED_CLASSES = {"inspect.signature": "inspect.Signature"}
UNPICKLABLE_ATTRIBUTE_NAMES = frozenset(name.rsplit(".", 1)[1] for name in UNPICKLABLE_ATTRIBUTES)
# Methods of a C type pickle rejects whose result is of another rejected kind, by the type's
# name in pickle's error and the method's (`sqlite3.Connection.execute` gives a Cursor):
# astroid cannot infer what C methods return.
UNPICKLABLE_METHOD_RESULTS: dict[str, Unpicklable] = _table("returned_by")
# The type named by a kind whose error does not name it (an event loop fails on what it
# holds), for its `returned_by` entries, by the kind's error.
TYPES_BY_ERROR: dict[str, str] = {
    kind["error"]: kind["type"] for kind in _kinds() if "error" in kind and "type" in kind
}
UNPICKLABLE_METHOD_RESULT_NAMES = frozenset(
    name.rsplit(".", 1)[1] for name in UNPICKLABLE_METHOD_RESULTS
)
# Errors of the kinds whose slices are of the kind too (`view[2:4]` of a memoryview).
SLICED_ERRORS = frozenset(
    _unpicklable(kind).error for kind in _kinds() if kind.get("sliced", False)
)
# Kinds whose items are of the kind too (`h5file["images"]`, a Dataset of an h5py File), by
# error, and the packages that make them (a module importing none of them has no such item).
SUBSCRIPTED_KINDS = [kind for kind in _kinds() if kind.get("subscripted", False)]
SUBSCRIPTED_ERRORS = frozenset(_unpicklable(kind).error for kind in SUBSCRIPTED_KINDS)
# Kinds whose unknown attributes are items too (`client.shop.orders` of a MongoClient, by its
# `__getattr__`), by what they are, and the attributes each really defines.
GETATTR_ITEM_KINDS: dict[str, frozenset[str]] = {
    _unpicklable(kind).what: frozenset(kind.get("getattr_except", []))
    for kind in _kinds()
    if kind.get("getattr_items", False)
}
SUBSCRIPTED_PACKAGES = frozenset(
    name.split(".")[0] for kind in SUBSCRIPTED_KINDS for name in kind.get("factories", [])
)


@dataclass(frozen=True)
class Primitive:
    """A multiprocessing synchronisation or shared-memory object: only inheritable."""

    name: str  # "Lock"

    @property
    def error(self) -> str:
        return (
            f"RuntimeError: {self.pickled_type} objects should only be shared between "
            "processes through inheritance"
        )

    @property
    def pickled_type(self) -> str:
        return _PRIMITIVE_PICKLED_TYPE.get(self.name, self.name)


_PRIMITIVE_PICKLED_TYPE = {
    "Event": "Condition",
    "Barrier": "Condition",
    "Value": "Synchronized",
    "Array": "SynchronizedArray",
    "RawValue": "ctypes",
    "RawArray": "ctypes array",
}

PRIMITIVE_NAMES = (
    "Lock",
    "RLock",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
    "Event",
    "Barrier",
    "Queue",
    "JoinableQueue",
    "SimpleQueue",
    "Value",
    "Array",
    "RawValue",
    "RawArray",
)

# Callee qualified names that create a multiprocessing primitive.
PRIMITIVE_FACTORIES: dict[str, Primitive] = {}
for _name in PRIMITIVE_NAMES:
    for _prefix in (
        "multiprocessing.context.BaseContext.",
        "multiprocessing.synchronize.",
        "multiprocessing.queues.",
        "multiprocessing.sharedctypes.",
        "multiprocessing.",
    ):
        PRIMITIVE_FACTORIES[_prefix + _name] = Primitive(_name)

# Instance class names of primitives, for values astroid infers.
PRIMITIVE_INSTANCES: dict[str, Primitive] = {
    "multiprocessing.synchronize.Lock": Primitive("Lock"),
    "multiprocessing.synchronize.RLock": Primitive("RLock"),
    "multiprocessing.synchronize.Condition": Primitive("Condition"),
    "multiprocessing.synchronize.Semaphore": Primitive("Semaphore"),
    "multiprocessing.synchronize.BoundedSemaphore": Primitive("BoundedSemaphore"),
    "multiprocessing.synchronize.Event": Primitive("Event"),
    "multiprocessing.synchronize.Barrier": Primitive("Barrier"),
    "multiprocessing.queues.Queue": Primitive("Queue"),
    "multiprocessing.queues.JoinableQueue": Primitive("JoinableQueue"),
    "multiprocessing.queues.SimpleQueue": Primitive("SimpleQueue"),
    "multiprocessing.sharedctypes.Synchronized": Primitive("Value"),
    "multiprocessing.sharedctypes.SynchronizedArray": Primitive("Array"),
    "multiprocessing.sharedctypes.SynchronizedString": Primitive("Array"),
}

# Objects that manage processes: never picklable.
# A started Process holds its Popen and finalizer (weak references): never picklable.
STARTED_PROCESS_ERROR = _cannot("weakref.ReferenceType")
PROCESS_OBJECT_ERRORS: dict[str, str] = {
    "Pool": "NotImplementedError: pool objects cannot be passed between processes or pickled",
    "Process": "TypeError: Pickling an AuthenticationString object is disallowed for security "
    "reasons",
    "Manager": "TypeError: Pickling an AuthenticationString object is disallowed for security "
    "reasons",
    "ProcessPoolExecutor": _cannot("_thread.lock"),
}

POOL_FACTORIES = frozenset(
    {
        "multiprocessing.context.BaseContext.Pool",
        "multiprocessing.pool.Pool",
        "multiprocessing.Pool",
    }
)
THREAD_POOL_CLASSES = frozenset(
    {"multiprocessing.pool.ThreadPool", "multiprocessing.dummy.Pool", "multiprocessing.dummy"}
)
# Standard modules none of whose callables makes a process boundary or hands one back (no
# wrapper such as contextlib.closing or typing.cast that returns its argument): a receiver
# made by one, `q = asyncio.Queue()`, is no Pool, Queue or Connection of multiprocessing.
PLAIN_STANDARD_MODULES = frozenset(
    {"asyncio", "collections", "io", "logging", "queue", "sched", "selectors", "socket"}
    | {"sqlite3", "ssl", "subprocess", "threading"}
)
EXECUTOR_CLASS = "concurrent.futures.process.ProcessPoolExecutor"
PROCESS_CLASSES = frozenset(
    {
        "multiprocessing.context.Process",
        "multiprocessing.process.BaseProcess",
        "multiprocessing.context.SpawnProcess",
        "multiprocessing.context.ForkProcess",
        "multiprocessing.context.ForkServerProcess",
        "multiprocessing.Process",
    }
)
MANAGER_FACTORIES = frozenset(
    {
        "multiprocessing.Manager",
        "multiprocessing.context.BaseContext.Manager",
        "multiprocessing.managers.SyncManager",
    }
)

POOL_TASK_METHODS = frozenset(
    {
        "map",
        "imap",
        "imap_unordered",
        "starmap",
        "apply",
        "apply_async",
        "map_async",
        "starmap_async",
    }
)
# Pool methods whose items are argument tuples rather than single arguments.
STAR_METHODS = frozenset({"starmap", "starmap_async"})

QUEUE_PUT_METHODS = frozenset(
    {
        "multiprocessing.queues.Queue.put",
        "multiprocessing.queues.Queue.put_nowait",
        "multiprocessing.queues.JoinableQueue.put",
        "multiprocessing.queues.JoinableQueue.put_nowait",
        "multiprocessing.queues.SimpleQueue.put",
    }
)
CONNECTION_SEND = frozenset(
    {
        "multiprocessing.connection._ConnectionBase.send",
        "multiprocessing.connection.Connection.send",
        "multiprocessing.connection.PipeConnection.send",
    }
)

START_METHOD_SETTERS = frozenset(
    {
        "multiprocessing.context.DefaultContext.set_start_method",
        "multiprocessing.set_start_method",
    }
)
CONTEXT_GETTERS = frozenset(
    {
        "multiprocessing.context.DefaultContext.get_context",
        "multiprocessing.context.BaseContext.get_context",
        "multiprocessing.get_context",
    }
)

PROFILER_RUNS = frozenset(
    {"cProfile.run", "cProfile.runctx", "profile.run", "profile.runctx", "cProfile.Profile.enable"}
)

ALWAYS = ALL_START_METHODS
CHILD_ONLY = CHILD_PICKLING_METHODS


def start_method_named(text: str) -> StartMethod | None:
    for method in StartMethod:
        if method.value == text:
            return method
    return None


# Packages whose values the judge does not infer into (see Judge._call): numpy's stubs cost
# seconds per file, and their arrays and frames pickle through their own __reduce__; so do
# torch's tensors (torch's own modules take seconds to build and need not be installed).
ARRAY_PACKAGES: frozenset[str] = frozenset({"numpy", "pandas", "torch"})


# Views of a dict (`d.keys()`, `.values()`, `.items()`), by the dict's class: astroid infers
# them as lists, so the judge reads the call itself.
DICT_VIEW_PREFIXES: dict[str, str] = {
    "builtins.dict": "dict",
    "collections.defaultdict": "dict",
    "collections.Counter": "dict",
    "collections.OrderedDict": "odict",
}
DICT_VIEW_METHODS = frozenset({"keys", "values", "items"})
# Argument-less methods of an asyncio event loop whose result is bound to that loop.
LOOP_FUTURE_METHODS: dict[str, str] = {"create_future": "asyncio.futures.Future"}
# A defaultdict pickles its default factory with it.
DEFAULTDICT_CLASSES = frozenset({"collections.defaultdict", "_collections.defaultdict"})
# Copies hold what the original holds (or fail on it themselves, by pickle's own protocol).
COPY_FUNCTIONS = frozenset({"copy.deepcopy", "copy.copy"})
# Containers whose `__reduce__` pickles the `key=` function they sort by.
KEY_FUNCTION_KEEPERS = frozenset(
    f"sortedcontainers.{where}{name}"
    for where in ("", "sortedlist.", "sortedset.")
    for name in ("SortedList", "SortedKeyList", "SortedSet")
)
# datetime objects pickle the tzinfo they are given with themselves (`datetime.now(tz)`,
# `datetime.fromtimestamp(ts, tz)`, `dt.astimezone(tz)`, `dt.replace(tzinfo=tz)`).
TZINFO_KEEPERS = frozenset(
    f"datetime.{kind}.{method}" if method else f"datetime.{kind}"
    for kind, methods in (
        ("datetime", ("", "now", "fromtimestamp", "combine", "astimezone", "replace")),
        ("time", ("", "replace")),
    )
    for method in methods
)
# Objects that pickle the values they are given as their attributes.
NAMESPACE_CLASSES = frozenset({"types.SimpleNamespace", "argparse.Namespace"})
# Lazy wrappers that pickle what they were given (their function and the iterators they
# wrap): `filter(lambda ...)`, `islice(generator)`, `methodcaller("m", lock)`.
ARGUMENT_KEEPERS = frozenset(
    {
        "builtins.map",
        "builtins.filter",
        "builtins.zip",
        "builtins.enumerate",
        "builtins.iter",
        "builtins.reversed",
        "itertools.islice",
        "itertools.chain",
        "itertools.starmap",
        "itertools.takewhile",
        "itertools.dropwhile",
        "itertools.filterfalse",
        "itertools.compress",
        "itertools.accumulate",
        "operator.methodcaller",
        "numpy.vectorize",  # keeps `pyfunc`: a vectorized lambda is a lambda to pickle
        # torch's dataset wrappers keep the datasets they wrap (read by name: no torch needed)
        "torch.utils.data.Subset",
        "torch.utils.data.dataset.Subset",
        "torch.utils.data.ConcatDataset",
        "torch.utils.data.dataset.ConcatDataset",
        "torch.utils.data.ChainDataset",
        "torch.utils.data.dataset.ChainDataset",
        # learning-rate schedulers keep the function they are given (`self.lr_lambdas`)
        "torch.optim.lr_scheduler.LambdaLR",
        "torch.optim.lr_scheduler.MultiplicativeLR",
    }
)

# A DataLoader kept in an object's state pickles with it what it was given: the dataset, the
# samplers and the functions its workers call.
LOADER_CLASSES = frozenset(
    {"torch.utils.data.DataLoader", "torch.utils.data.dataloader.DataLoader"}
)
LOADER_KEPT_KEYWORDS = frozenset(
    {"dataset", "sampler", "batch_sampler", "collate_fn", "worker_init_fn"}
)
