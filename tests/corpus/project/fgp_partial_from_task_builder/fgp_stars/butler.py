import threading


class Butler:
    """A data repository client whose cache a lock guards."""

    def __init__(self, repo):
        self.repo = repo
        self._cache = {}
        self._lock = threading.Lock()
