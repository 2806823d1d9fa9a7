"""Vectorised reinforcement-learning environments that run each environment in a process of
its own: Gymnasium's (and gym's) `AsyncVectorEnv(env_fns, context=None)` and Stable-Baselines3's
`SubprocVecEnv(env_fns, start_method=None)`.

Each environment function is wrapped in a `CloudpickleWrapper` and passed in the `Process`
arguments: cloudpickle copies a lambda or local function by value, with what it captures (a
lock or a connection kept by the object a `lambda: make_env(self.config)` reads fails). The
processes come from `multiprocessing.get_context(...)`: Gymnasium's `context=None` is the
platform's default start method, so nothing is pickled under fork; Stable-Baselines3 starts
them by forkserver (spawn on Windows) unless `start_method="fork"`.
`make_vec_env(env_id, vec_env_cls=SubprocVecEnv, env_kwargs=...)` builds the functions itself,
capturing `env_id` and `env_kwargs`.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import Pickled, SinkCall, argument, keyword_value, literal
from picklecheck.engine.flow.syntax import syntactic_names
from picklecheck.engine.model import StartMethod
from picklecheck.engine.providers.base import Provider, pool_calls
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("gym", "stable_baselines3")
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("AsyncVectorEnv", "SubprocVecEnv", "make_vec_env")

_ASYNC = frozenset(
    f"{package}.vector.{module}AsyncVectorEnv"
    for package in ("gymnasium", "gym")
    for module in ("", "async_vector_env.")
)
_SB3 = "stable_baselines3.common.vec_env"
_SUBPROC = frozenset({f"{_SB3}.SubprocVecEnv", f"{_SB3}.subproc_vec_env.SubprocVecEnv"})
_MAKE_VEC_ENV = frozenset(
    {"stable_baselines3.common.env_util.make_vec_env", "stable_baselines3.make_vec_env"}
)
_ROLE = "each environment function"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call, _method in pool_calls(module, facade, _ASYNC | _SUBPROC, frozenset()):
        sink = _vector_env_sink(call)
        if sink is not None:
            yield sink
    for call, _method in pool_calls(module, facade, _MAKE_VEC_ENV, frozenset()):
        sink = _make_vec_env_sink(call)
        if sink is not None:
            yield sink


def _vector_env_sink(call: nodes.Call) -> SinkCall | None:
    gymnasium = bool(syntactic_names(call.func) & _ASYNC)
    env_fns = argument(call, 0, "env_fns")
    if env_fns is None:
        return None
    label = "AsyncVectorEnv" if gymnasium else "SubprocVecEnv"
    if gymnasium:  # `context=None`: the platform's default
        method = _start_method(keyword_value(call, "context"), None)
    else:
        method = _start_method(keyword_value(call, "start_method"), _SB3_DEFAULT)
    sink = _sink(call, label, method)
    if sink is not None:
        sink.pickled.append(Pickled(_ROLE, env_fns, "items", kb.CHILD_ONLY))
    return sink


def _make_vec_env_sink(call: nodes.Call) -> SinkCall | None:
    """`make_vec_env(env_id, n_envs, vec_env_cls=SubprocVecEnv, env_kwargs=...)`: the function
    it makes for each environment captures `env_id` and `env_kwargs`."""
    vec_env_cls = keyword_value(call, "vec_env_cls")
    if vec_env_cls is None or not syntactic_names(vec_env_cls) & _SUBPROC:
        return None
    kwargs = keyword_value(call, "vec_env_kwargs")
    start = keyword_value(kwargs, "start_method") if isinstance(kwargs, nodes.Call) else None
    sink = _sink(call, "make_vec_env", _start_method(start, _SB3_DEFAULT))
    if sink is None:
        return None
    captured = (("the environment id", 0, "env_id"), ("the env_kwargs", 6, "env_kwargs"))
    for role, index, keyword in captured:
        given = argument(call, index, keyword)
        if given is not None:
            role = f"{role} each environment function captures"
            sink.pickled.append(Pickled(role, given, "value", kb.CHILD_ONLY))
    return sink


def _sink(call: nodes.Call, label: str, method: StartMethod | bool | None) -> SinkCall | None:
    if method is False:
        return None  # a start method that cannot be read, or not a process
    sink = SinkCall(call, f"vecenv.{label}", label, None)
    sink.pickler = Pickler.CLOUDPICKLE
    sink.start_method = method if isinstance(method, StartMethod) else None
    return sink


# Stable-Baselines3 starts its workers by forkserver where the platform has it, by spawn
# elsewhere: both pickle, whatever the platform's default.
_SB3_DEFAULT = StartMethod.FORKSERVER


def _start_method(
    given: nodes.NodeNG | None, default: StartMethod | None
) -> StartMethod | bool | None:
    """The start method a literal `given` names, `default` when none is given (or `None`
    written), False when it cannot be read."""
    value = literal(given) if given is not None else None
    if value is None:
        return default
    method = kb.start_method_named(value) if isinstance(value, str) else None
    return method if method is not None else False


PROVIDER = Provider("vecenv", Pickler.CLOUDPICKLE, MENTIONS, (), find_sinks, CALLS)
