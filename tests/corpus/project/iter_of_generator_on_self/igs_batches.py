class BatchSampler:
    def __init__(self, n, batch_size):
        self.n = n
        self.batch_size = batch_size
        self._order = iter(self._batches())

    def _batches(self):
        for start in range(0, self.n, self.batch_size):
            yield list(range(start, min(start + self.batch_size, self.n)))

    def next_batch(self):
        return next(self._order)
