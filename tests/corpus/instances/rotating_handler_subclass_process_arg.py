# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a project subclass of TimedRotatingFileHandler goes to a Process as an argument; the lock made by logging.Handler.__init__ cannot be pickled under spawn/forkserver (fork inherits it)
import multiprocessing
import os
import tempfile
from logging.handlers import TimedRotatingFileHandler


class AuditHandler(TimedRotatingFileHandler):
    def __init__(self, path):
        super().__init__(path, when="midnight", backupCount=3)
        self.audited = 0


def work(handler):
    print("handler", type(handler).__name__)


if __name__ == "__main__":
    handler = AuditHandler(os.path.join(tempfile.mkdtemp(), "audit.log"))
    child = multiprocessing.Process(target=work, args=(handler,))  # [PKL005]
    child.start()
    child.join()
    handler.close()
