class CacheSnapshot:
    def __init__(self, region, entries):
        self.region = region
        self.size = len(entries)
        self.keys = entries.keys()

    def summary(self):
        return f"{self.region}: {self.size} keys, first={min(self.keys)}"
