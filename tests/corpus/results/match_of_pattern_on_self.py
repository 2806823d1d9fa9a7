# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 're.Match' object
# summary: a parser compiles its pattern in __init__ and its parse method returns pattern.match(line): the pool cannot send the match back
import re
from multiprocessing import Pool


class AssignmentParser:
    def __init__(self):
        self.pattern = re.compile(r"(\w+)=(\d+)")

    def parse(self, line):
        return self.pattern.match(line)


if __name__ == "__main__":
    parser = AssignmentParser()
    with Pool(2) as pool:
        print(pool.map(parser.parse, ["width=640", "height=480"]))  # [PKL007]
