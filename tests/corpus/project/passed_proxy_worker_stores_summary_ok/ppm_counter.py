import threading


class HitCounter:
    def __init__(self, name):
        self.name = name
        self.hits = 0
        self._guard = threading.Lock()

    def hit(self):
        with self._guard:
            self.hits += 1
