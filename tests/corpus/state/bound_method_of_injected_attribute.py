# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: pool.map(self.tokenizer.count, ...) where the tokenizer is passed to the constructor and holds a lambda
import multiprocessing


class Tokenizer:
    def __init__(self, normalize):
        self.normalize = normalize

    def count(self, text):
        return len(self.normalize(text).split())


class Pipeline:
    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def run(self, texts):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.tokenizer.count, texts)  # [PKL009]


if __name__ == "__main__":
    print(Pipeline(Tokenizer(lambda text: text.lower())).run(["a b", "c d e"]))
