class Part:
    def __init__(self, rows):
        self.rows = rows

    def score(self, weight):
        return weight * sum(self.rows)


class Splitter:
    """Splits the rows into a training part and a test part."""

    def __init__(self, rows):
        self.rows = rows

    def split(self):
        cut = len(self.rows) * 3 // 4
        return Part(self.rows[:cut]), Part(self.rows[cut:])
