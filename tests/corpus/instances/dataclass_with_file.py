# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: a dataclass field holding a binary file handle fails
import dataclasses
import multiprocessing
import os


@dataclasses.dataclass
class Source:
    name: str
    stream: object


def name(source):
    return source.name


if __name__ == "__main__":
    with open(os.devnull, "rb") as stream:
        source = Source("null", stream)
        with multiprocessing.Pool(2) as pool:
            print(pool.apply(name, (source,)))  # [PKL005]
