# runtime: fork=ok spawn=ok forkserver=ok
# summary: self.options.transform is a module-level function stored on an injected object, not a bound method; the object also holds a lock but is not pickled
import multiprocessing
import threading


def shout(text):
    return text.upper()


class Options:
    def __init__(self, transform):
        self.transform = transform
        self.guard = threading.Lock()

    def describe(self):
        return "options"


class Pipeline:
    def __init__(self, options):
        self.options = options

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.options.transform, texts)


if __name__ == "__main__":
    print(Pipeline(Options(shout)).run(["a", "b"]))
