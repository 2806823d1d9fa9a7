# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker makes its own expat parser from the document it is sent
import multiprocessing
from xml.parsers import expat


def count_elements(document):
    seen = []
    parser = expat.ParserCreate()
    parser.StartElementHandler = lambda name, attributes: seen.append(name)
    parser.Parse(document, True)
    return len(seen)


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(count_elements, (b"<a><b/><b/></a>",)))
