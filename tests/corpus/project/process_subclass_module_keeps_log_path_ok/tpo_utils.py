import multiprocessing
import time


class TimedProcess(multiprocessing.Process):
    """Keeps the log's path, not an open stream: the child opens it itself."""

    def __init__(self, max_seconds, *args, log_path=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.started_at = time.time()
        self.max_seconds = max_seconds
        self.log_path = log_path
