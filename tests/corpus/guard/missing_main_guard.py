# runtime: fork=ok spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process before the
# summary: starting a process at import time re-runs in the spawned child, which refuses
import multiprocessing


def child():
    print("child ran")


proc = multiprocessing.Process(target=child)
proc.start()  # [PKL010]
proc.join()
print("exit", proc.exitcode)
