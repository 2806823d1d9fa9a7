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
