# runtime: fork=ok spawn=ok forkserver=ok
# summary: the open log goes to a Process only `if multiprocessing.get_start_method() == "fork"` (inherited, never pickled); under spawn and forkserver the work runs in this process
import multiprocessing
import os
import tempfile


def record(log, message):
    log.write(message + "\n")
    log.flush()


def record_in_background(log, message):
    if multiprocessing.get_start_method() == "fork":
        worker = multiprocessing.Process(target=record, args=(log, message))
        worker.start()
        worker.join()
        return worker.exitcode
    record(log, message)
    return 0


if __name__ == "__main__":
    handle, path = tempfile.mkstemp()
    os.close(handle)
    with open(path, "a") as log:
        print("exit code", record_in_background(log, "started"))
    with open(path) as log:
        print(log.read().strip())
    os.remove(path)
