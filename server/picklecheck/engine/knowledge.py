"""What picklecheck knows about the standard library: which objects cannot be pickled, which
calls create them, and which calls are process boundaries.

Every entry here was checked against CPython 3.11's real pickling behaviour (the corpus in
tests/corpus executes a program per entry family). Names are astroid qualified names.
"""

from __future__ import annotations

from dataclasses import dataclass

from picklecheck.engine.model import ALL_START_METHODS, CHILD_PICKLING_METHODS, StartMethod


@dataclass(frozen=True)
class Unpicklable:
    """A kind of object that pickling rejects."""

    what: str  # "an open file"
    error: str  # the message users see
    since: tuple[int, int] | None = None  # first Python version where pickling fails


def _cannot(type_name: str) -> str:
    return f"TypeError: cannot pickle '{type_name}' object"


_LOCK = Unpicklable("a threading lock", _cannot("_thread.lock"))
_RLOCK = Unpicklable("a threading re-entrant lock", _cannot("_thread.RLock"))
_TEXT_FILE = Unpicklable("an open file", _cannot("_io.TextIOWrapper"))
_SQLITE = Unpicklable("a sqlite3 connection", _cannot("sqlite3.Connection"))

# Instances whose class (astroid qname) cannot be pickled.
UNPICKLABLE_INSTANCES: dict[str, Unpicklable] = {
    "threading.lock": _LOCK,
    "_thread.lock": _LOCK,
    "_thread.LockType": _LOCK,
    "threading._RLock": _RLOCK,
    "_thread.RLock": _RLOCK,
    "threading.Condition": Unpicklable("a threading condition", _cannot("_thread.RLock")),
    "threading.Event": Unpicklable("a threading event", _cannot("_thread.lock")),
    "threading.Semaphore": Unpicklable("a threading semaphore", _cannot("_thread.lock")),
    "threading.BoundedSemaphore": Unpicklable("a threading semaphore", _cannot("_thread.lock")),
    "threading.Barrier": Unpicklable("a threading barrier", _cannot("_thread.lock")),
    "threading.Thread": Unpicklable("a thread", _cannot("_thread.lock")),
    "queue.Queue": Unpicklable("a queue.Queue", _cannot("_thread.lock")),
    "queue.LifoQueue": Unpicklable("a queue.LifoQueue", _cannot("_thread.lock")),
    "queue.PriorityQueue": Unpicklable("a queue.PriorityQueue", _cannot("_thread.lock")),
    "_io.TextIOWrapper": _TEXT_FILE,
    "_io.BufferedReader": Unpicklable("an open file", _cannot("_io.BufferedReader")),
    "_io.BufferedWriter": Unpicklable("an open file", _cannot("_io.BufferedWriter")),
    "_io.FileIO": Unpicklable("an open file", _cannot("_io.FileIO")),
    "hashlib.md5": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.sha1": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.sha256": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.sha512": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "ssl.SSLContext": Unpicklable("an SSLContext", _cannot("SSLContext")),
    "cProfile.Profile": Unpicklable("a cProfile.Profile", _cannot("Profile")),
    "logging.StreamHandler": Unpicklable("a logging handler", _cannot("_thread.RLock")),
    "logging.FileHandler": Unpicklable("a logging handler", _cannot("_thread.RLock")),
    "logging.Handler": Unpicklable("a logging handler", _cannot("_thread.RLock")),
    "sqlite3.Connection": _SQLITE,
    "sqlite3.Cursor": Unpicklable("a sqlite3 cursor", _cannot("sqlite3.Cursor")),
    "builtins.generator": Unpicklable("a generator", _cannot("generator")),
    "re.Match": Unpicklable("a regular expression match", _cannot("re.Match")),
    "mmap.mmap": Unpicklable("a memory map", _cannot("mmap.mmap")),
    "subprocess.Popen": Unpicklable("a subprocess.Popen", _cannot("_thread.lock")),
    "_io.BufferedRandom": Unpicklable("an open file", _cannot("_io.BufferedRandom")),
    "tempfile._TemporaryFileWrapper": Unpicklable(
        "an open temporary file", _cannot("_io.BufferedRandom")
    ),
    "_thread._local": Unpicklable("a threading.local", _cannot("_thread._local")),
    "builtins.frame": Unpicklable("a frame", _cannot("frame")),
    "builtins.traceback": Unpicklable("a traceback", _cannot("traceback")),
    "builtins.coroutine": Unpicklable("a coroutine", _cannot("coroutine")),
    "builtins.async_generator": Unpicklable("an async generator", _cannot("async_generator")),
    "asyncio.futures.Future": Unpicklable("an asyncio.Future", _cannot("_asyncio.Future")),
    "_asyncio.Future": Unpicklable("an asyncio.Future", _cannot("_asyncio.Future")),
    "asyncio.tasks.Task": Unpicklable("an asyncio.Task", _cannot("_asyncio.Task")),
    "_asyncio.Task": Unpicklable("an asyncio.Task", _cannot("_asyncio.Task")),
    **{
        f"itertools.{name}": Unpicklable(
            f"an itertools.{name} iterator", _cannot(f"itertools.{name}"), since=(3, 14)
        )
        for name in ("count", "cycle", "repeat", "chain", "islice", "accumulate", "tee")
    },
}

# Calls whose result cannot be pickled, for callees astroid cannot follow into (C functions).
UNPICKLABLE_FACTORIES: dict[str, Unpicklable] = {
    "_io.open": _TEXT_FILE,
    "builtins.open": _TEXT_FILE,
    "io.open": _TEXT_FILE,
    "sqlite3.connect": _SQLITE,
    "_sqlite3.connect": _SQLITE,
    "sqlite3.dbapi2.connect": _SQLITE,
    "weakref.ref": Unpicklable("a weak reference", _cannot("weakref.ReferenceType")),
    "_weakref.ref": Unpicklable("a weak reference", _cannot("weakref.ReferenceType")),
    "weakref.ReferenceType": Unpicklable("a weak reference", _cannot("weakref.ReferenceType")),
    "types.MappingProxyType": Unpicklable("a mappingproxy", _cannot("mappingproxy")),
    "builtins.mappingproxy": Unpicklable("a mappingproxy", _cannot("mappingproxy")),
    "hashlib.md5": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.sha1": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.sha256": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.sha512": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "hashlib.new": Unpicklable("a hashlib object", _cannot("_hashlib.HASH")),
    "ssl.create_default_context": Unpicklable("an SSLContext", _cannot("SSLContext")),
    "ssl.SSLContext": Unpicklable("an SSLContext", _cannot("SSLContext")),
    "logging.Logger": Unpicklable(
        "a Logger built directly (not with getLogger)", "PicklingError: logger cannot be pickled"
    ),
    "threading.Lock": _LOCK,
    "threading.RLock": _RLOCK,
    "_thread.allocate_lock": _LOCK,
    "threading.local": Unpicklable("a threading.local", _cannot("_thread._local")),
    "mmap.mmap": Unpicklable("a memory map", _cannot("mmap.mmap")),
    "subprocess.Popen": Unpicklable("a subprocess.Popen", _cannot("_thread.lock")),
    "weakref.WeakValueDictionary": Unpicklable(
        "a WeakValueDictionary",
        "AttributeError: Can't pickle local object 'WeakValueDictionary.__init__.<locals>.remove'",
    ),
    "weakref.WeakKeyDictionary": Unpicklable(
        "a WeakKeyDictionary", _cannot("weakref.ReferenceType")
    ),
    "weakref.WeakSet": Unpicklable("a WeakSet", _cannot("weakref.ReferenceType")),
    "_weakrefset.WeakSet": Unpicklable("a WeakSet", _cannot("weakref.ReferenceType")),
    "_threading_local.local": Unpicklable("a threading.local", _cannot("_thread._local")),
    "tempfile.TemporaryFile": Unpicklable("an open temporary file", _cannot("_io.BufferedRandom")),
    "tempfile.NamedTemporaryFile": Unpicklable(
        "an open temporary file", _cannot("_io.BufferedRandom")
    ),
    "contextvars.ContextVar": Unpicklable("a ContextVar", _cannot("_contextvars.ContextVar")),
    "builtins.memoryview": Unpicklable(
        "a memoryview", "TypeError: cannot pickle memoryview objects"
    ),
    "re.match": Unpicklable("a regular expression match", _cannot("re.Match")),
    "re.search": Unpicklable("a regular expression match", _cannot("re.Match")),
    "re.fullmatch": Unpicklable("a regular expression match", _cannot("re.Match")),
    "sys._getframe": Unpicklable("a frame", _cannot("frame")),
    **{
        f"itertools.{name}": Unpicklable(
            f"an itertools.{name} iterator", _cannot(f"itertools.{name}"), since=(3, 14)
        )
        for name in ("count", "cycle", "repeat", "chain", "islice", "accumulate", "tee")
    },
}


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
