import threading

from rgt_base import Exporter


class CsvExporter(Exporter):
    name = "csv"

    def write(self, rows):
        return f"{len(rows)} rows to {self.target}"


class JsonLinesExporter(Exporter):
    name = "jsonl"

    def __init__(self, target):
        super().__init__(target)
        self._guard = None

    def write(self, rows):
        if self._guard is None:  # made where it is used, in the worker
            self._guard = threading.Lock()
        with self._guard:
            return f"{len(rows)} lines to {self.target}"
