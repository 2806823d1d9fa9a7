import threading


def double(value):
    return value * 2


class Scorer:
    def __init__(self, weight):
        self.weight = weight
        self.transform = double
        self.guard = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["guard"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.guard = threading.Lock()

    def score(self, value):
        with self.guard:
            return self.transform(value) * self.weight
