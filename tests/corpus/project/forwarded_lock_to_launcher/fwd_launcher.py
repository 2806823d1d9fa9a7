import multiprocessing


def _work(guard, results):
    with guard:
        results.put("done")


def launch(guard):
    """Run the work in a child process and wait for it."""
    results = multiprocessing.Queue()
    process = multiprocessing.Process(target=_work, args=(guard, results))
    process.start()
    outcome = results.get(timeout=10)
    process.join()
    return outcome
