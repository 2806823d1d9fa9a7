# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a helper of a sibling module returns the manager and its dict proxy; each pool task tuple carries the proxy and the worker, unpacking its argument, stores a dict holding a generator into it (s31b cdl_audit's shape)
from multiprocessing import Pool

from hpt_state import open_shared_state
from hpt_workers import EVENTS, audit_user

if __name__ == "__main__":
    manager, store = open_shared_state()
    try:
        with Pool(2) as pool:
            done = pool.map(audit_user, [(store, user) for user in EVENTS])  # [PKL004]
        print(sorted(done), sorted(store.keys()))
    finally:
        manager.shutdown()
