# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object has no attribute 'scale'
# summary: a class used as a namespace keeps the model; the main block loads it onto the class, a spawned child sees the class body's None
import multiprocessing


class Shared:
    model = None


class Model:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, value):
        return value * self.factor


def predict(value):
    return Shared.model.scale(value)


if __name__ == "__main__":
    Shared.model = Model(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(predict, [1, 2, 3]))  # [PKL016]
