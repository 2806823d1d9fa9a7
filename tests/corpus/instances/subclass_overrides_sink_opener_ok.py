# runtime: fork=ok spawn=ok forkserver=ok
# summary: the base's __init__ stores what self.open_sink() returns, but the dry-run subclass overrides open_sink to return a list: the exporter handed to the Process holds no open file (a project reproduced blind, s30b wvk_export)
import multiprocessing


class Exporter:
    def __init__(self, dest):
        self.dest = dest
        self.sink = self.open_sink()

    def open_sink(self):
        return open(self.dest, "a", encoding="utf-8")


class DryRunExporter(Exporter):
    def open_sink(self):
        return []


def export_all(exporter, records):
    exporter.sink.extend(records)
    print("collected", len(exporter.sink))


if __name__ == "__main__":
    exporter = DryRunExporter("/nonexistent/out.tsv")
    process = multiprocessing.Process(target=export_all, args=(exporter, ["r1", "r2"]))
    process.start()
    process.join(timeout=60)
    print("exit code", process.exitcode)
