# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Trainer._attach_data.<locals>.patched_loader'
# summary: `Trainer.fit(model, data)` first has a helper method patch `model.train_loader` with a local closure over the data, then sends the model to each worker; the object now holds the local function, whatever the caller passed (pytorch-lightning 968)
from concurrent.futures import ProcessPoolExecutor


class TinyModel:
    def __init__(self, scale):
        self.scale = scale

    def train_loader(self):
        return []


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
            return list(pool.map(train_epoch, [model] * 3, range(3)))  # [PKL002]


if __name__ == "__main__":
    print(Trainer().fit(TinyModel(2), [1, 2, 3]))
