import multiprocessing


def _work(label, results):
    results.put(f"done {label}")


def launch(label):
    """Run the work in a child process and wait for it."""
    results = multiprocessing.Queue()
    process = multiprocessing.Process(target=_work, args=(label, results))
    process.start()
    outcome = results.get(timeout=10)
    process.join()
    return outcome
