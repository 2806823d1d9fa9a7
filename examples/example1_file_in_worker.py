import multiprocessing
import os
import tempfile


class LineCounter:
    def __init__(self, path):
        self.handle = open(path, encoding="utf-8")

    def count(self):
        return sum(1 for _ in self.handle)

    def close(self):
        self.handle.close()


def count_lines(path):
    counter = LineCounter(path)
    try:
        return counter.count()
    finally:
        counter.close()


def write_parts(folder):
    paths = []
    for i in range(4):
        path = os.path.join(folder, f"part{i}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("line\n" * (i + 1))
        paths.append(path)
    return paths


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with multiprocessing.Pool(2) as pool:
            print(pool.map(count_lines, write_parts(folder)))
