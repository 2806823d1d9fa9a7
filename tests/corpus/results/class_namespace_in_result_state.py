# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'mappingproxy' object
# summary: the worker returns a parser whose __init__ keeps `type(self).__dict__` (the class's read-only mappingproxy) as a handler table: Pool cannot send the result back (w3af issue 8748, reproduced blind)
import multiprocessing


class Parser:
    def __init__(self, url, body):
        self.url = url
        self.links = [word for word in body.split() if word.startswith("http")]
        self.handlers = type(self).__dict__


def parse(page):
    url, body = page
    return Parser(url, body)


if __name__ == "__main__":
    pages = [("http://a/", "see http://a/x"), ("http://b/", "nothing")]
    with multiprocessing.Pool(2) as pool:
        parsers = pool.map(parse, pages)  # [PKL007]
    print([parser.links for parser in parsers])
