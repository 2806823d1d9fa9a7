# runtime: fork=error spawn=error forkserver=error
# error-contains: can't pickle Selector objects
# summary: the crawl worker returns an Item (a plain dict subclass) into which it put the page's Selector, whose __getstate__ refuses pickling: the result cannot travel back (parsel 108)
import multiprocessing
import re


class Selector:
    def __init__(self, text):
        self.text = text

    def title(self):
        found = re.search(r"<title>(.*?)</title>", self.text)
        return found.group(1) if found else None

    def __getstate__(self):
        raise TypeError("can't pickle Selector objects")


class Item(dict):
    pass


PAGES = {"a": "<title>A</title>", "b": "<title>B</title>"}


def parse(key):
    selector = Selector(PAGES[key])
    item = Item(key=key, title=selector.title())
    item["selector"] = selector
    return item


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        items = pool.map(parse, sorted(PAGES))  # [PKL007]
    print([item["title"] for item in items])
