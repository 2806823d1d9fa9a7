# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Pair on __main__ failed
# summary: typing.NamedTuple("Pair", ...) bound to Span: the spans in the task list are pickled as Pair, which the module does not define
import multiprocessing
from typing import NamedTuple

Span = NamedTuple("Pair", [("start", int), ("end", int)])


def length(span):
    return span.end - span.start


if __name__ == "__main__":
    spans = [Span(0, 4), Span(2, 9)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(length, spans))  # [PKL014]
