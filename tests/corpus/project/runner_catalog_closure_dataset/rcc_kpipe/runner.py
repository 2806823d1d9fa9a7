from concurrent.futures import ProcessPoolExecutor


def _run_node(func, inputs, data_set):
    data_set.save(func(inputs))
    return True


class ParallelRunner:
    def __init__(self, max_workers=2):
        self.max_workers = max_workers

    def run(self, nodes, catalog):
        with ProcessPoolExecutor(self.max_workers) as pool:
            futures = [pool.submit(_run_node, func, catalog[i], catalog[o]) for func, i, o in nodes]  # [PKL002]
            for future in futures:
                future.result()
