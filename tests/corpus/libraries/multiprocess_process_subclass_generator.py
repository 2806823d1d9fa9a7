# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: dill copies much, not generators: a multiprocess.Process subclass whose state holds one fails to start under spawn and forkserver
import multiprocess


class Reader(multiprocess.Process):
    def __init__(self, lines):
        super().__init__()
        self.lines = (line.upper() for line in lines)

    def run(self):
        print(list(self.lines))


if __name__ == "__main__":
    reader = Reader(["a", "b"])  # [PKL005]
    reader.start()
    reader.join()
    if reader.exitcode:
        raise SystemExit(reader.exitcode)
