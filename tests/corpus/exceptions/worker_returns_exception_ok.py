# runtime: fork=ok spawn=ok forkserver=ok
# summary: a worker returns exception objects whose args match their __init__ (the base class gets every argument): the parent rebuilds them
import multiprocessing


class ParseError(Exception):
    def __init__(self, line, column):
        super().__init__(line, column)
        self.line, self.column = line, column


def parse(text):
    if ":" not in text:
        return ParseError(1, len(text))
    return text.split(":")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = pool.map_async(parse, ["a:b", "oops"]).get(timeout=10)
        print([type(r).__name__ for r in results])
