import multiprocessing


def _worker(config, results):
    out = []
    for item in config.src:
        for stage in config.stages:
            item = stage(item)
        out.append(item)
    results.put(out)


def run_in_subprocess(config, timeout=10):
    results = multiprocessing.Queue(maxsize=config.buffer_size)
    proc = multiprocessing.Process(target=_worker, args=(config, results))
    proc.start()
    try:
        return results.get(timeout=timeout)
    finally:
        proc.join(timeout=timeout)
