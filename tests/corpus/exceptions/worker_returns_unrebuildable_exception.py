# runtime: fork=error spawn=error forkserver=error
# error-contains: __init__() missing 1 required positional argument
# summary: a worker returns (not raises) an exception object whose __init__ passes a message to the base class: the parent cannot rebuild it from its args
import multiprocessing


class ParseError(Exception):
    def __init__(self, line, column):
        super().__init__(f"line {line}, column {column}")
        self.line, self.column = line, column


def parse(text):
    if ":" not in text:
        return ParseError(1, len(text))
    return text.split(":")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = pool.map_async(parse, ["a:b", "oops"]).get(timeout=10)  # [PKL007]
        print([r for r in results if not isinstance(r, Exception)])
