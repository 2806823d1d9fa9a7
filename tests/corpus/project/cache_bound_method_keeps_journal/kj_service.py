from concurrent.futures import ProcessPoolExecutor


class LookupService:
    def __init__(self, cache, workers=2):
        self.cache = cache
        self.workers = workers

    def resolve(self, keys):
        with ProcessPoolExecutor(max_workers=self.workers) as executor:
            futures = [executor.submit(self.cache.lookup, key) for key in keys]
            return dict(future.result(timeout=60) for future in futures)
