# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'pyexpat.xmlparser' object
# summary: an expat parser is a C object pickle rejects: make the parser in the worker
import multiprocessing
from xml.parsers import expat


def feed(parser):
    parser.Parse(b"<a/>", True)


if __name__ == "__main__":
    parser = expat.ParserCreate()
    with multiprocessing.Pool(1) as pool:
        pool.apply(feed, (parser,))  # [PKL004]
