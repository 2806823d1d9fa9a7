from csg_services import MetricsSink, ReportService


class Services:
    """Builds each service once, on first use."""

    def __init__(self, settings):
        self.settings = settings
        self._built = {}

    def _single(self, key, factory):
        if key not in self._built:
            self._built[key] = factory()
        return self._built[key]

    def metrics(self):
        return self._single("metrics", lambda: MetricsSink())

    def reports(self):
        return self._single(
            "reports", lambda: ReportService(self.metrics(), self.settings["currency"])
        )
