# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the server builds its handlers from the config by name through a dict of classes in the loading method; every handler class inherits a lock, and the list goes to the handler process's args (Diamond issue 194, reproduced blind)
import threading
from multiprocessing import Process, Queue


class Handler:
    def __init__(self, config):
        self.config = dict(config)
        self.lock = threading.Lock()

    def process(self, metric):
        with self.lock:
            return f"{type(self).__name__}: {metric}"


class ArchiveHandler(Handler):
    pass


class StatsdHandler(Handler):
    def __init__(self, config):
        super().__init__(config)
        self.batch = []


def handler_process(handlers, metrics):
    while (metric := metrics.get()) is not None:
        for handler in handlers:
            print(handler.process(metric))


class Server:
    def __init__(self, config):
        self.metrics = Queue()
        self.handlers = self.load_handlers(config["handlers"])

    def load_handlers(self, specs):
        registry = {"archive": ArchiveHandler, "statsd": StatsdHandler}
        return [registry[name](options) for name, options in specs.items()]

    def run(self):
        process = Process(target=handler_process, args=(self.handlers, self.metrics))  # [PKL005]
        process.start()
        self.metrics.put("load 0.5")
        self.metrics.put(None)
        process.join()
        raise SystemExit(process.exitcode)


if __name__ == "__main__":
    Server({"handlers": {"archive": {}, "statsd": {"batch": 2}}}).run()
