import os


class ShardWriter:
    def __init__(self, directory):
        self.path = os.path.join(directory, "shards.txt")
        self.fh = None

    def __enter__(self):
        self.fh = open(self.path, "w")
        return self

    def __exit__(self, *exc):
        self.fh.close()
        self.fh = None

    def encode(self, item):
        return f"{item}:{item * 2}"
