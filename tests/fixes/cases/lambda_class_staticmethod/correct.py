import multiprocessing


def clean_function(s):
    return s.strip().lower()


class Normalizer:
    clean = staticmethod(clean_function)

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.clean, texts)


if __name__ == "__main__":
    print(Normalizer().run([" A ", "B "]))
