# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same trainer patches `model.train_loader` with a local closure before sending the model, but the model's `__getstate__` leaves the patched loader out, so the workers get the class's own method
from concurrent.futures import ProcessPoolExecutor


class TinyModel:
    def __init__(self, scale):
        self.scale = scale

    def train_loader(self):
        return []

    def __getstate__(self):
        # the patched loader stays with the parent; workers read the class's own
        state = dict(self.__dict__)
        state.pop("train_loader", None)
        return state


def train_epoch(model, epoch):
    return sum(x * model.scale for x in model.train_loader()) + epoch


class Trainer:
    def __init__(self, workers=2):
        self.workers = workers

    def _attach_data(self, model, data):
        if data is not None:

            def patched_loader():
                return data

            model.train_loader = patched_loader

    def fit(self, model, data=None):
        self._attach_data(model, data)
        with ProcessPoolExecutor(self.workers) as pool:
            return list(pool.map(train_epoch, [model] * 3, range(3)))


if __name__ == "__main__":
    print(Trainer().fit(TinyModel(2), [1, 2, 3]))
