# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: the child gets the log's path instead of the open file and opens it itself for appending
# fix: PKL004 Send the path of `log`
import multiprocessing
import os
import tempfile


def child(log, name):
    log.write(f"hello from {name}\n")
    log.flush()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "run.log")
        log = open(path, "w")
        log.write("started\n")
        log.flush()
        process = multiprocessing.Process(target=child, args=(log, "child"))
        process.start()
        process.join()
        log.close()
        with open(path) as written:
            print(written.read().splitlines())
