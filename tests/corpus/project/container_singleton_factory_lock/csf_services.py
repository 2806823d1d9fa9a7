import threading


class MetricsSink:
    def __init__(self):
        self._lock = threading.Lock()
        self.counts = {}

    def count(self, name):
        with self._lock:
            self.counts[name] = self.counts.get(name, 0) + 1


class ReportService:
    def __init__(self, metrics, currency):
        self.metrics = metrics
        self.currency = currency

    def render(self, month):
        self.metrics.count("render")
        return f"report {month} in {self.currency}"
