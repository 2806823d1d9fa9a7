# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.tokenize
# summary: a pipeline list captured tokenize; a later 'tokenize = traced(tokenize)' binds the name to the wrapper, so the listed original no longer matches its name
import functools
import multiprocessing


def clean(text):
    return text.strip().lower()


def tokenize(text):
    return text.split()


PIPELINE = [clean, tokenize]


def traced(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)

    return wrapper


tokenize = traced(tokenize)


if __name__ == "__main__":
    texts = [" Hello World ", "Pickle Me"]
    with multiprocessing.Pool(2) as pool:
        for step in PIPELINE:
            texts = pool.map(step, texts)  # [PKL014]
    print(texts)
