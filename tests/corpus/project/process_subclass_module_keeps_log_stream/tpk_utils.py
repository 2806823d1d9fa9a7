import multiprocessing
import time


class TimedProcess(multiprocessing.Process):
    """A Process that records its start time and keeps the job's log stream on self."""

    def __init__(self, max_seconds, *args, stdout=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.started_at = time.time()
        self.max_seconds = max_seconds
        self.stdout = stdout
