import multiprocessing
import os
import tempfile


class ExportJob:
    def __init__(self, chunk_size=3):
        self.chunk_size = chunk_size

    def chunks(self, rows, folder):
        for start in range(0, len(rows), self.chunk_size):
            yield start // self.chunk_size, rows[start : start + self.chunk_size], folder

    def run(self, rows, worker):
        with tempfile.TemporaryDirectory() as folder, multiprocessing.Pool(2) as pool:
            chunks = pool.map(worker, list(self.chunks(rows, folder)))
            return [(os.path.basename(chunk.path), chunk.rows) for chunk in chunks]
