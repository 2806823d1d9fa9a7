import functools
import multiprocessing


class StarCatalogue:
    def __init__(self, config, butler):
        self.config = config
        self.butler = butler

    def _compute_chunk(self, chunk, zeropoint):
        return [star + zeropoint for star in chunk]

    def build_tasks(self, stars, processes):
        size = max(1, len(stars) // processes)
        chunks = [stars[i : i + size] for i in range(0, len(stars), size)]
        worker = functools.partial(self._compute_chunk, zeropoint=self.config["zeropoint"])
        return worker, chunks

    def compute(self, stars, processes=2):
        worker, chunks = self.build_tasks(stars, processes)
        with multiprocessing.Pool(processes) as pool:
            parts = pool.map(worker, chunks)  # [PKL009]
        return [value for part in parts for value in part]
