# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Normalizer.<lambda> on __main__ failed
# summary: `clean = staticmethod(lambda s: ...)` in a class body: self.clean is the lambda, named Normalizer.<lambda>, which no lookup finds
import multiprocessing


class Normalizer:
    clean = staticmethod(lambda s: s.strip().lower())

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.clean, texts)  # [PKL001]


if __name__ == "__main__":
    print(Normalizer().run([" A ", "B "]))
