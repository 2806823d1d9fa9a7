# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'Logger' object has no attribute 'trace'
# summary: a helper makes the component's logger while setLoggerClass(TraceLogger) is in effect; the Process target pickles the component, whose logger Logger.__reduce__ rebuilds by name in the spawned child as a plain Logger without trace() (eth-utils PR 199, reproduced blind)
import logging
import multiprocessing

TRACE = 5


class TraceLogger(logging.Logger):
    def trace(self, message, *args):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, message, args)


def trace_logger(name):
    previous = logging.getLoggerClass()
    logging.setLoggerClass(TraceLogger)
    try:
        return logging.getLogger(name)
    finally:
        logging.setLoggerClass(previous)


class Component:
    def __init__(self, name):
        self.name = name
        self.logger = trace_logger(f"components.{name}")

    def run(self, results):
        self.logger.trace("running %s", self.name)
        results.put(self.name)

    def run_in_process(self):
        results = multiprocessing.Queue()
        child = multiprocessing.Process(target=self.run, args=(results,))  # [PKL015]
        child.start()
        child.join(20)
        if child.exitcode != 0:
            raise RuntimeError(f"{self.name} exited with {child.exitcode}")
        return results.get(timeout=5)


if __name__ == "__main__":
    print(Component("peer-pool").run_in_process())
