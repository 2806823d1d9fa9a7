# runtime: fork=ok spawn=ok forkserver=ok
# summary: handlers built by name through a dict of classes in the loading method keep only their settings; the list pickles into the handler process's args
from multiprocessing import Process, Queue


class Handler:
    def __init__(self, config):
        self.config = dict(config)

    def process(self, metric):
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
        process = Process(target=handler_process, args=(self.handlers, self.metrics))
        process.start()
        self.metrics.put("load 0.5")
        self.metrics.put(None)
        process.join()
        raise SystemExit(process.exitcode)


if __name__ == "__main__":
    Server({"handlers": {"archive": {}, "statsd": {"batch": 2}}}).run()
