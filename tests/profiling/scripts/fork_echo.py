"""A stop signal echoed into this process's watcher pipe right after it forks a worker (as a
worker still writes to the inherited pipe until its at-fork hook runs) must not end it."""

import multiprocessing
import os
import signal
import sys
import time


def child_work():
    time.sleep(0.2)


if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    child = context.Process(target=child_work)
    child.start()
    watcher = getattr(sys.modules.get("sitecustomize"), "_watcher_pipe", [])
    if len(watcher) == 2:  # profiled: play the child's echo of a SIGTERM it was sent
        os.write(watcher[1], bytes([signal.SIGTERM]))
    time.sleep(0.3)  # the watcher thread reads the byte meanwhile
    child.join()
    print("survived", child.exitcode)
