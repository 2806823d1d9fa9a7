import os


class StreamLogger:
    def __init__(self, name):
        self.name = name
        self.sinks = []

    def add_sink(self, sink):
        self.sinks.append(sink)

    def info(self, message):
        for sink in self.sinks:
            sink.write(f"{self.name}: {message}\n")


def configure(logger, to_file=True, path=os.devnull):
    if to_file:
        logger.add_sink(open(path, "a"))
    return None
