# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'Logger' object has no attribute 'trace'
# summary: the main block installs the logger class before the component takes its logger; the spawned child never runs that setup, so the pickled logger comes back as a plain Logger (trinity issue 1971, reproduced blind)
import logging
import multiprocessing

TRACE = 5


class TraceLogger(logging.Logger):
    def trace(self, message, *args):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, message, args)


def setup_logging():
    logging.setLoggerClass(TraceLogger)
    logging.addLevelName(TRACE, "TRACE")


class Component:
    def __init__(self, name):
        self.name = name
        self.logger = logging.getLogger(f"components.{name}")

    def run(self):
        self.logger.trace("running %s", self.name)

    def run_in_process(self):
        child = multiprocessing.Process(target=self.run)  # [PKL015]
        child.start()
        child.join(20)
        if child.exitcode != 0:
            raise RuntimeError(f"{self.name} exited with {child.exitcode}")
        print(f"{self.name} finished")


if __name__ == "__main__":
    setup_logging()
    Component("peer-pool").run_in_process()
