# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'iterparse.<locals>.IterParseIterator'
# summary: an ElementTree.iterparse iterator is a local class's instance holding a parser
import io
import multiprocessing
import xml.etree.ElementTree as ET


def count(events):
    return sum(1 for _ in events)


if __name__ == "__main__":
    events = ET.iterparse(io.BytesIO(b"<a><b/></a>"))
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (events,)))  # [PKL004]
