# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'traced.<locals>.Traced'
# summary: a class decorator of another module replaces the model class with a subclass it defines inside itself; the instances sent as map items are of that local class
import multiprocessing

from traced_models import Measurement


def evaluate(measurement):
    return measurement.value * 2


if __name__ == "__main__":
    items = [Measurement(1), Measurement(2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(evaluate, items))  # [PKL002]
