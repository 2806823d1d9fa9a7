# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a class of another module keeps the handlers its constructor is given and its run() hands them to a Process: the logging handler they hold cannot be pickled
import os
import tempfile

from keeper_handlers import ArchiveHandler
from keeper_server import Server

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        handlers = [ArchiveHandler(os.path.join(folder, "archive.log"))]
        code = Server(handlers).run(["cpu.idle 99", "mem.free 10"])  # [PKL005]
        handlers[0].archive_handler.close()
        if code != 0:
            raise SystemExit(f"handler process failed: {code}")
        print("metrics archived")
