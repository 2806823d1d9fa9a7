import threading


class Session:
    def __init__(self):
        self.guard = threading.RLock()

    def fetch(self, page):
        with self.guard:
            return f"fetched {page}"
