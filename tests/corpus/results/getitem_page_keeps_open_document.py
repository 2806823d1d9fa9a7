# runtime: fork=error spawn=error forkserver=error
# error-contains: BufferedReader
# summary: each worker opens the document itself, as the library recommends, but returns `doc[i]`: the document's __getitem__ makes a Page that keeps its parent document, which holds the open file (PyMuPDF 2336)
import os
import tempfile
from functools import partial
from multiprocessing import Pool


class Page:
    def __init__(self, parent, number):
        self.parent = parent
        self.number = number


class Document:
    def __init__(self, path):
        self.path = path
        self._stream = open(path, "rb")
        self._pages = self._stream.read().decode().split("\f")

    def __getitem__(self, number):
        return Page(self, number)


def load_page(number, path):
    document = Document(path)
    return document[number]


if __name__ == "__main__":
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "doc.txt")
    with open(path, "wb") as out:
        out.write("page one\fpage two".encode())
    with Pool(2) as pool:
        pages = pool.map(partial(load_page, path=path), [0, 1])  # [PKL007]
    print([page.number for page in pages])
    os.remove(path)
    os.rmdir(folder)
