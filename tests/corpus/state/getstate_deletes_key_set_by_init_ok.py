# runtime: fork=ok spawn=ok forkserver=ok
# summary: the model's __getstate__ deletes `executor`, and this writable model got one in __init__: the key is there to delete, and the copy without the executor pickles
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
    model = PlateModel("Muller2019")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(rotation, [(model, age) for age in (0, 10)]))
