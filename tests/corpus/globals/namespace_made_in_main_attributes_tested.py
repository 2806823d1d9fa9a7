# runtime: fork=ok spawn=error forkserver=error
# error-contains: NameError
# summary: the main block makes a Manager namespace under a module-level name the worker reads and tests the attributes of (`if Shared.done:`); a spawned child never ran that block (face_recognition issue 809, reproduced blind)
from multiprocessing import Manager, Process


def worker(worker_id, results):
    if Shared.done:
        return
    results[worker_id] = Shared.names[worker_id % len(Shared.names)]


if __name__ == "__main__":
    manager = Manager()
    Shared = manager.Namespace()
    Shared.done = False
    Shared.names = ["Ada", "Grace"]
    results = manager.dict()
    workers = [Process(target=worker, args=(i, results)) for i in range(2)]  # [PKL016]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(dict(results))
    if any(p.exitcode for p in workers):
        raise SystemExit("a worker failed")
