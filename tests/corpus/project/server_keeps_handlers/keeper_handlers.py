import logging


class ArchiveHandler:
    def __init__(self, path):
        self.archive = logging.getLogger("archive")
        self.archive.propagate = False
        handler = logging.FileHandler(path, delay=True)
        self.archive_handler = handler
        self.archive.addHandler(handler)

    def process(self, metric):
        self.archive.info(str(metric))
