# runtime: fork=ok spawn=ok forkserver=ok
# summary: Manager proxies filled with plain data and a worker updating them work
import multiprocessing


def record(shared, items, i):
    shared[i] = i * i
    items.append(i)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        items = manager.list()
        namespace = manager.Namespace()
        namespace.label = "run"
        procs = [multiprocessing.Process(target=record, args=(shared, items, i)) for i in range(3)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join()
        print(dict(sorted(shared.items())), sorted(items), namespace.label)
