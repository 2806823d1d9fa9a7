# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'staticmethod' object
# summary: a staticmethod object stored on self (not in the class body) is instance state, and staticmethod objects do not pickle
import multiprocessing


def _clean(s):
    return s.strip().lower()


class Normalizer:
    def __init__(self):
        self.cleaner = staticmethod(_clean)

    def work(self, s):
        return s.upper()

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.work, texts)  # [PKL009]


if __name__ == "__main__":
    print(Normalizer().run([" A ", "B "]))
