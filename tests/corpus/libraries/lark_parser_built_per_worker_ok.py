# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the front end keeps only the grammar and builds its lark parser lazily in the process that parses, so the Pool pickles an object without a parser
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
        self.grammar = GRAMMAR
        self._parser = None

    def parse_file(self, text):
        if self._parser is None:
            self._parser = Lark(self.grammar, parser="lalr")
        return len(self._parser.parse(text).children)


if __name__ == "__main__":
    frontend = Frontend()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(frontend.parse_file, ["a; b;", "c;"]))
