# runtime: fork=ok spawn=ok forkserver=ok
# summary: the index hands itself to its writer, which starts a Process subclass with `ix.storage`; the storage pickles only its files and makes a new lock when unpickled
import multiprocessing
import threading


class RamStorage:
    def __init__(self):
        self.files = {}
        self._lock = threading.Lock()

    def __getstate__(self):
        return {"files": self.files}

    def __setstate__(self, state):
        self.files = state["files"]
        self._lock = threading.Lock()


class SubWriter(multiprocessing.Process):
    def __init__(self, storage, jobs):
        super().__init__()
        self.storage = storage
        self.jobs = jobs

    def run(self):
        self.jobs.put(len(self.storage.files))


class Writer:
    def __init__(self, ix):
        self.jobs = multiprocessing.Queue()
        self.task = SubWriter(ix.storage, self.jobs)
        self.task.start()

    def commit(self):
        count = self.jobs.get(timeout=10)
        self.task.join()
        return count


class Index:
    def __init__(self, storage):
        self.storage = storage

    def writer(self):
        return Writer(self)


if __name__ == "__main__":
    print(Index(RamStorage()).writer().commit())
