from concurrent.futures import ProcessPoolExecutor
from functools import partial


class PathStore:
    def __init__(self, uri):
        self._uri = uri

    @classmethod
    def in_memory(cls, name):
        return cls(f"file:{name}?mode=memory&cache=shared")


class PathCache:
    def __init__(self, cache, collection):
        self.cache = cache
        self.collection = collection


def run_transformations(nodes, transformations, cache=None):
    for transform in transformations:
        nodes = [transform(node) for node in nodes]
    return nodes


class PathPipeline:
    def __init__(self, transformations, cache=None):
        self.transformations = transformations
        self.cache = cache

    def run(self, documents, num_workers=1):
        if num_workers > 1:
            batches = [documents[i::num_workers] for i in range(num_workers)]
            with ProcessPoolExecutor(max_workers=num_workers) as executor:
                fn = partial(run_transformations, transformations=self.transformations, cache=self.cache)
                return [node for batch in executor.map(fn, batches) for node in batch]
        return run_transformations(documents, self.transformations, cache=self.cache)
