# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a subclass keeps its base's __init__, which stores what self.open_sink() returns; the base's open_sink opens a file, so the exporter handed to a Process holds an open file under spawn
import multiprocessing
import os
import tempfile


class Exporter:
    def __init__(self, dest):
        self.dest = dest
        self.sink = self.open_sink()

    def open_sink(self):
        return open(self.dest, "a", encoding="utf-8")


class CsvExporter(Exporter):
    def header(self):
        return "id,name"


def export_all(exporter, records):
    print(exporter.header(), len(records))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        exporter = CsvExporter(os.path.join(folder, "out.csv"))
        process = multiprocessing.Process(target=export_all, args=(exporter, ["r1", "r2"]))  # [PKL005]
        process.start()
        process.join(timeout=60)
        exporter.sink.close()
        print("exit code", process.exitcode)
