# runtime: fork=hang spawn=hang forkserver=hang
# error-contains: 'Normalizer' object has no attribute '<lambda>'
# summary: a method defined by a lambda in the class body pickles as getattr(obj, '<lambda>'); the worker cannot find it and the pool waits
# fix: PKL001 Turn the lambda into a method
import multiprocessing


class Normalizer:
    suffix = "!"

    def clean(self, s):
        return s.strip().lower() + self.suffix

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.clean, texts)


if __name__ == "__main__":
    print(Normalizer().run([" A ", "B "]))
