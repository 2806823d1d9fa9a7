# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper-made proxy in each task tuple, but the worker stores a list of the failed ids, which pickles
from multiprocessing import Pool

from hpl_state import open_shared_state
from hpl_workers import EVENTS, audit_user

if __name__ == "__main__":
    manager, store = open_shared_state()
    try:
        with Pool(2) as pool:
            done = pool.map(audit_user, [(store, user) for user in EVENTS])
        print(sorted(done), sorted(store.keys()))
    finally:
        manager.shutdown()
