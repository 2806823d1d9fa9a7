# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same abstract Image with `__getnewargs__` giving __new__ its data back, the fix lance took: the parent rebuilds each returned image
import abc
from concurrent.futures import ProcessPoolExecutor


class Image(abc.ABC):
    def __new__(cls, data):
        if cls is Image:
            cls = ExternalImage if isinstance(data, str) else InlineImage
        return super().__new__(cls)

    def __init__(self, data):
        self._data = data

    def __getnewargs__(self):
        return (self._data,)

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
        images = list(executor.map(load, ["s3://abc", "s3://def"]))
    print([image.uri for image in images])
