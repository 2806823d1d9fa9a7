# runtime: fork=error spawn=error forkserver=error
# error-contains: make_tokenizer.<locals>.<lambda>
# summary: `do = delayed(partial(count, make_tokenizer(True)))` names the task maker first; the multiprocessing backend pickles the partial's lambda with the standard pickler
from functools import partial

from joblib import Parallel, delayed


def make_tokenizer(lower):
    return lambda text: (text.lower() if lower else text).split()


def count(tokenize, batch_id, texts):
    return batch_id, sum(len(tokenize(t)) for t in texts)


if __name__ == "__main__":
    texts = ["The Quick brown fox", "jumps over", "the lazy dog"]
    parallel = Parallel(n_jobs=2, backend="multiprocessing")
    do = delayed(partial(count, make_tokenizer(True)))  # [PKL001]
    print(parallel(do(i, texts[i::2]) for i in range(2)))
