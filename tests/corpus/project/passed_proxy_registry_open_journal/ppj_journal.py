class Journal:
    """Appends one line per change to a journal file kept open while the journal lives."""

    def __init__(self, path):
        self.path = path
        self._out = open(path, "a", encoding="utf-8")

    def note(self, line):
        self._out.write(line + "\n")

    def close(self):
        self._out.close()
