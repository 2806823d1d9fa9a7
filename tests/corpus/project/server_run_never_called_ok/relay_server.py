from multiprocessing import Process, Queue


def handler_process(handlers, metric_queue):
    while True:
        metric = metric_queue.get()
        if metric is None:
            break
        for handler in handlers:
            handler.process(metric)


class Relay:
    def __init__(self, handlers):
        self.handlers = handlers
        self.metric_queue = Queue()

    def run(self, metrics):
        process = Process(target=handler_process, args=(self.handlers, self.metric_queue))
        process.start()
        for metric in metrics:
            self.metric_queue.put(metric)
        self.metric_queue.put(None)
        process.join()
        return process.exitcode

    def describe(self):
        return f"{len(self.handlers)} handler(s), queue ready"
