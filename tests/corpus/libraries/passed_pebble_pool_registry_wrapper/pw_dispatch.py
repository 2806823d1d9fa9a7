import pw_tasks  # noqa: F401  (fills the registry)
from pw_registry import TASKS


def submit_all(pool, name, items):
    fn = TASKS[name]
    return [pool.schedule(fn, args=(item,)) for item in items]
