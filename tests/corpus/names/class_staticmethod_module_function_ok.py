# runtime: fork=ok spawn=ok forkserver=ok
# summary: staticmethod around a module-level function, a @staticmethod, and a lambda hidden by an instance attribute all pickle by a name that exists
import multiprocessing


def _clean(s):
    return s.strip().lower()


def _shout(s):
    return s.upper()


class Normalizer:
    clean = staticmethod(_clean)
    shout = lambda self, s: s  # noqa: E731

    def __init__(self):
        self.shout = _shout

    @staticmethod
    def strip(s):
        return s.strip()

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            print(pool.map(self.clean, texts))
            print(pool.map(self.strip, texts))
            print(pool.map(self.shout, texts))
            print(pool.map(Normalizer.clean, texts))


if __name__ == "__main__":
    Normalizer().run([" A ", "B "])
