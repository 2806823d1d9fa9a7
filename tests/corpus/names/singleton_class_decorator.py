# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.Pass
# summary: @singleton rebinds the class name to its only instance; pickling that instance looks the class up by name and finds the instance (construct's Pass)
import multiprocessing


def singleton(cls):
    return cls()


class Construct:
    def describe(self):
        return type(self).__name__


class Struct(Construct):
    def __init__(self, name):
        self.name = name


@singleton
class Pass(Construct):
    pass


def build(fmt):
    return fmt.describe()


if __name__ == "__main__":
    formats = [Struct("header"), Pass]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(build, formats))  # [PKL014]
