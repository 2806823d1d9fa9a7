# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same parser returns the match's groups, plain strings, instead of the match
import re
from multiprocessing import Pool


class AssignmentParser:
    def __init__(self):
        self.pattern = re.compile(r"(\w+)=(\d+)")

    def parse(self, line):
        return self.pattern.match(line).groups()


if __name__ == "__main__":
    parser = AssignmentParser()
    with Pool(2) as pool:
        print(pool.map(parser.parse, ["width=640", "height=480"]))
