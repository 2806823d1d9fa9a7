# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.parse
# summary: functools.wraps gives the cached wrapper the name 'parse', but it is bound to fast_parse; pickle finds the original parse under that name
import functools
import multiprocessing


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(text):
        if text not in cache:
            cache[text] = func(text)
        return cache[text]

    return wrapper


def parse(text):
    return text.split(",")


fast_parse = memo(parse)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fast_parse, ["a,b", "c"]))  # [PKL014]
