import csv


class ChunkFile:
    """Owns the open output file of one exported chunk."""

    def __init__(self, path):
        self.path = path
        self.stream = open(path, "w", newline="", encoding="utf-8")
        self.writer = csv.writer(self.stream)
        self.rows = 0

    def write(self, row):
        self.writer.writerow(row)
        self.rows += 1


def open_chunk(path):
    return ChunkFile(path)
