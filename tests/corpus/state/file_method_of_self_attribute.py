# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: the log file opened in __init__ goes with `self.log.write`, the pool's function
import multiprocessing


class Recorder:
    def __init__(self, path):
        self.log = open(path, "w")

    def record_all(self, lines):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.log.write, lines)  # [PKL009]

    def close(self):
        self.log.close()


if __name__ == "__main__":
    recorder = Recorder("/dev/null")
    try:
        print(recorder.record_all(["a", "b"]))
    finally:
        recorder.close()
