# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of w3af issue 8748: the parser keeps a plain dict copy of its class's namespace (`dict(type(self).__dict__)` of the names it needs) and its own `self.__dict__` copy, both plain dicts that pickle
import multiprocessing


class Parser:
    def __init__(self, url, body):
        self.url = url
        self.links = [word for word in body.split() if word.startswith("http")]
        self.handlers = {name: None for name in type(self).__dict__ if not name.startswith("_")}
        self.snapshot = dict(self.__dict__)


def parse(page):
    url, body = page
    return Parser(url, body)


if __name__ == "__main__":
    pages = [("http://a/", "see http://a/x"), ("http://b/", "nothing")]
    with multiprocessing.Pool(2) as pool:
        parsers = pool.map(parse, pages)
    print([parser.links for parser in parsers])
