# runtime: fork=ok spawn=ok forkserver=ok
# summary: the environments are registered when the module is imported, so a spawned child's registry holds them too (the fix of modular-rl 10)
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


register("walker-v0", Walker, limbs=2)

if __name__ == "__main__":
    results = mp.Queue()
    process = mp.Process(target=worker, args=("walker-v0", results))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit("worker failed with exit code %s" % process.exitcode)
    print(results.get(timeout=10))
