# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Normalizer.<lambda> on __main__ failed
# summary: staticmethod(lambda) in a class body: the lambda is named Normalizer.<lambda>, which pickle cannot look up
# fix: PKL001 Lift the lambda
import multiprocessing


class Normalizer:
    clean = staticmethod(lambda s: s.strip().lower())

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.clean, texts)


if __name__ == "__main__":
    print(Normalizer().run([" A ", "B "]))
