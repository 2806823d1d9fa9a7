# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Tokenizer.__init__.<locals>.<lambda>'
# summary: pool.map(self.tokenizer.count, ...) pickles the tokenizer, whose __init__ stored a lambda
import multiprocessing


class Tokenizer:
    def __init__(self):
        self.normalize = lambda text: text.lower()

    def count(self, text):
        return len(self.normalize(text).split())


class Pipeline:
    def __init__(self):
        self.tokenizer = Tokenizer()

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.tokenizer.count, texts)  # [PKL009]


if __name__ == "__main__":
    print(Pipeline().run(["a b", "c d e"]))
