import multiprocessing


def _serve(resource, slot, results):
    with resource.lock:
        results.put((slot, resource.entry(slot)))


def start_workers(resource, n):
    """Start n worker processes sharing the resource; return them and their result queue."""
    results = multiprocessing.Queue()
    procs = []
    for slot in range(n):
        proc = multiprocessing.Process(target=_serve, args=(resource, slot, results))
        proc.start()
        procs.append(proc)
    return procs, results
