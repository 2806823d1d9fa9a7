import csv


class ChunkFile:
    """Owns the open output file of one exported chunk; pickles as its path and row count."""

    def __init__(self, path, rows=0):
        self.path = path
        self.stream = open(path, "a", newline="", encoding="utf-8")
        self.writer = csv.writer(self.stream)
        self.rows = rows

    def write(self, row):
        self.writer.writerow(row)
        self.rows += 1

    def __reduce__(self):
        self.stream.flush()
        return ChunkFile, (self.path, self.rows)


def open_chunk(path):
    return ChunkFile(path)
