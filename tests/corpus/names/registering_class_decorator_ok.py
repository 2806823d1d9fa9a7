# runtime: fork=ok spawn=ok forkserver=ok
# summary: the class decorator registers the class and returns it unchanged, so its instances pickle by name
import multiprocessing

FORMATS = {}


def register(cls):
    FORMATS[cls.__name__] = cls
    return cls


@register
class Struct:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{type(self).__name__}({self.name})"


def build(fmt):
    return fmt.describe()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(build, [Struct("header"), FORMATS["Struct"]("body")]))
