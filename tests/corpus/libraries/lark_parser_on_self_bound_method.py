# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a front end keeps its `lark.Lark` parser on `self` and maps the bound `parse_file` over a Pool; the parser keeps the `re` module it was built with, so the bound method's object cannot be pickled (lark 50)
import multiprocessing

from lark import Lark

GRAMMAR = r"""
start: item+
item: WORD ";"
%import common.WORD
%ignore " "
"""


class Frontend:
    def __init__(self):
        self.parser = Lark(GRAMMAR, parser="lalr")

    def parse_file(self, text):
        return len(self.parser.parse(text).children)


if __name__ == "__main__":
    frontend = Frontend()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(frontend.parse_file, ["a; b;", "c;"]))  # [PKL009]
