# runtime: fork=ok spawn=ok forkserver=ok
# summary: the module installs the logger class when it is imported, so a spawned child, importing it again, rebuilds the pickled logger with the same class
import logging
import multiprocessing

TRACE = 5


class TraceLogger(logging.Logger):
    def trace(self, message, *args):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, message, args)


logging.setLoggerClass(TraceLogger)


class Component:
    def __init__(self, name):
        self.name = name
        self.logger = logging.getLogger(f"components.{name}")

    def run(self):
        self.logger.trace("running %s", self.name)

    def run_in_process(self):
        child = multiprocessing.Process(target=self.run)
        child.start()
        child.join(20)
        if child.exitcode != 0:
            raise RuntimeError(f"{self.name} exited with {child.exitcode}")
        print(f"{self.name} finished")


if __name__ == "__main__":
    Component("peer-pool").run_in_process()
