import threading


class Ledger:
    def __init__(self, name):
        self.name = name
        self._lock = threading.Lock()
