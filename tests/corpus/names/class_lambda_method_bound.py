# runtime: fork=hang spawn=hang forkserver=hang
# error-contains: 'Normalizer' object has no attribute '<lambda>'
# summary: `clean = lambda self, s: ...` in a class body: self.clean pickles as getattr(obj, '<lambda>'), which the worker cannot find; the pool waits forever
import multiprocessing


class Normalizer:
    clean = lambda self, s: s.strip().lower()  # noqa: E731

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.clean, texts)  # [PKL001]


if __name__ == "__main__":
    print(Normalizer().run([" A ", "B "]))
