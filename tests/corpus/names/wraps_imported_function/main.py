# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as wif_text.parse
# summary: memoize (functools.wraps) over a function imported from another module: the wrapper takes the name wif_text.parse, where pickle finds the original function
from concurrent.futures import ProcessPoolExecutor

from wif_cache import memoize
from wif_text import parse

cached_parse = memoize(parse)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(cached_parse, ["a, b", "c"])))  # [PKL014]
