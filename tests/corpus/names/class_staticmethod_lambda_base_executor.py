# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Base.<lambda> on __main__ failed
# summary: a staticmethod(lambda) inherited from a base class, submitted through a subclass instance to a ProcessPoolExecutor
import concurrent.futures


class Base:
    parse = staticmethod(lambda line: line.split(","))


class CsvReader(Base):
    def read(self, lines):
        with concurrent.futures.ProcessPoolExecutor(2) as pool:
            return list(pool.map(self.parse, lines))  # [PKL001]


if __name__ == "__main__":
    print(CsvReader().read(["a,b", "c,d"]))
