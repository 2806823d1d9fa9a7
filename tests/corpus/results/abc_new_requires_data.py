# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'data'
# summary: an abstract Image (abc.ABC) whose __new__(cls, data) picks the concrete subclass; workers return Image objects, which the parent cannot rebuild without data (lance 159)
import abc
from concurrent.futures import ProcessPoolExecutor


class Image(abc.ABC):
    def __new__(cls, data):
        if cls is Image:
            cls = ExternalImage if isinstance(data, str) else InlineImage
        return super().__new__(cls)

    def __init__(self, data):
        self._data = data

    @property
    @abc.abstractmethod
    def uri(self): ...


class ExternalImage(Image):
    @property
    def uri(self):
        return self._data


class InlineImage(Image):
    @property
    def uri(self):
        return "inline://"


def load(uri):
    return Image(uri)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        images = list(executor.map(load, ["s3://abc", "s3://def"]))  # [PKL007]
    print([image.uri for image in images])
