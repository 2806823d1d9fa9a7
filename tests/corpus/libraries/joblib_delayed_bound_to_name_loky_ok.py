# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the same named task maker with joblib's default loky backend, whose cloudpickle sends the lambda by value
from functools import partial

from joblib import Parallel, delayed


def make_tokenizer(lower):
    return lambda text: (text.lower() if lower else text).split()


def count(tokenize, batch_id, texts):
    return batch_id, sum(len(tokenize(t)) for t in texts)


if __name__ == "__main__":
    texts = ["The Quick brown fox", "jumps over", "the lazy dog"]
    parallel = Parallel(n_jobs=2)
    do = delayed(partial(count, make_tokenizer(True)))
    print(parallel(do(i, texts[i::2]) for i in range(2)))
