# runtime: fork=ok spawn=error forkserver=error
# error-contains: is not registered
# summary: custom environments are registered into a module-level registry under the main guard, and each worker Process calls make(), whose guard raises when the id is missing (modular-rl 10): a spawned child imports the module afresh with an empty registry
import multiprocessing as mp

registry = {}


def register(env_id, factory, **kwargs):
    registry[env_id] = (factory, kwargs)


def make(env_id):
    if env_id not in registry:
        raise KeyError("Environment %s is not registered" % env_id)
    factory, kwargs = registry[env_id]
    return factory(**kwargs)


class Walker:
    def __init__(self, limbs):
        self.limbs = limbs


def worker(env_id, results):
    results.put((env_id, make(env_id).limbs))


if __name__ == "__main__":
    register("walker-v0", Walker, limbs=2)
    results = mp.Queue()
    process = mp.Process(target=worker, args=("walker-v0", results))  # [PKL016]
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit("worker failed with exit code %s" % process.exitcode)
    print(results.get(timeout=10))
