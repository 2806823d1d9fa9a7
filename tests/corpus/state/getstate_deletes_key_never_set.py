# runtime: fork=error spawn=error forkserver=error
# error-contains: KeyError: 'executor'
# summary: the model's __getstate__ copies its __dict__ and deletes `executor`, which __init__ sets only for a writable model; a read-only one has no such key, so pickling it as a pool task raises KeyError (gplately 386)
import multiprocessing
from concurrent.futures import ThreadPoolExecutor


class PlateModel:
    def __init__(self, name, readonly=False):
        self.name = name
        self.readonly = readonly
        if not readonly:
            self.executor = ThreadPoolExecutor(max_workers=2)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["executor"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)


def rotation(task):
    model, age = task
    return f"{model.name}@{age}"


if __name__ == "__main__":
    model = PlateModel("Muller2019", readonly=True)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(rotation, [(model, age) for age in (0, 10)]))  # [PKL005]
