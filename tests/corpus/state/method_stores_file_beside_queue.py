# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a method called before the boundary stores a queue (which a spawned child inherits) and an open file (which it cannot) on the object passed as a Process argument
import multiprocessing
import os
import tempfile


class Recorder:
    def open(self, path):
        self.results = multiprocessing.Queue()
        self.log = open(path, "w")


def record(recorder):
    recorder.results.put("recorded")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder()
        recorder.open(os.path.join(folder, "run.log"))
        worker = multiprocessing.Process(target=record, args=(recorder,))  # [PKL005]
        worker.start()
        print(recorder.results.get(timeout=30))
        worker.join()
        recorder.log.close()
