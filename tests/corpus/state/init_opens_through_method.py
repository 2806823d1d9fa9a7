# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: the constructor keeps what one of its own methods returns, an open file (bz2 or plain): the splitter handed to the writer process holds it
import bz2
import os
import tempfile
from multiprocessing import Process, Queue


class OutputSplitter:
    def __init__(self, path_name, compress=True):
        self.compress = compress
        self.file = self.open(path_name)

    def open(self, filename):
        return bz2.BZ2File(filename + ".bz2", "w") if self.compress else open(filename, "w")

    def write(self, data):
        self.file.write(data)

    def close(self):
        self.file.close()


def reduce_process(pages, output):
    while (page := pages.get(timeout=10)) is not None:
        output.write(page)


def process_dump(path):
    output = OutputSplitter(path, compress=False)
    pages = Queue()
    writer = Process(target=reduce_process, args=(pages, output))  # [PKL005]
    writer.start()
    for page in ("<doc id=1>a</doc>\n", "<doc id=2>b</doc>\n"):
        pages.put(page)
    pages.put(None)
    writer.join()
    output.close()
    return writer.exitcode


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        code = process_dump(os.path.join(folder, "wiki_00"))
    if code != 0:
        raise SystemExit(f"writer failed: {code}")
    print("dump processed")
