# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'context'
# summary: the base geometry reduces every object to `(self.__class__, (), state)`; the adapter subclass's __init__ requires `context`, so the parent cannot rebuild the results the workers return (shapely 189)
from concurrent.futures import ProcessPoolExecutor


class BaseGeometry:
    def __init__(self):
        self._coords = None

    def __reduce__(self):
        return (self.__class__, (), self.to_text())

    def __setstate__(self, state):
        self._coords = [tuple(map(float, p.split(","))) for p in state.split(";")]

    def to_text(self):
        return ";".join(f"{x},{y}" for x, y in self.coords)

    @property
    def coords(self):
        return self._coords


class PolygonAdapter(BaseGeometry):
    def __init__(self, context):
        super().__init__()
        self.context = context

    @property
    def coords(self):
        return list(self.context)


def make_shape(size):
    return PolygonAdapter([(0.0, 0.0), (float(size), 0.0), (0.0, 0.0)])


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        shapes = list(executor.map(make_shape, [1, 2]))  # [PKL007]
    print([shape.to_text() for shape in shapes])
