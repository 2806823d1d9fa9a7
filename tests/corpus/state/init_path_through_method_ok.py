# runtime: fork=ok spawn=ok forkserver=ok
# summary: the constructor keeps what one of its methods returns, a file name: the writer process opens the file itself
import os
import tempfile
from multiprocessing import Process, Queue


class OutputSplitter:
    def __init__(self, path_name, compress=True):
        self.compress = compress
        self.file_name = self.name_for(path_name)

    def name_for(self, filename):
        return filename + ".bz2" if self.compress else filename

    def write_all(self, pages):
        with open(self.file_name, "w", encoding="utf-8") as stream:
            while (page := pages.get(timeout=10)) is not None:
                stream.write(page)


def reduce_process(pages, output):
    output.write_all(pages)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        output = OutputSplitter(os.path.join(folder, "wiki_00"), compress=False)
        pages = Queue()
        writer = Process(target=reduce_process, args=(pages, output))
        writer.start()
        pages.put("<doc id=1>a</doc>\n")
        pages.put(None)
        writer.join()
        with open(output.file_name, encoding="utf-8") as stream:
            print(stream.read().strip())
