# runtime: fork=ok spawn=ok forkserver=ok
# summary: the document's __getitem__ makes a Page holding only its text and number, so the pages the workers return pickle although each worker's document keeps its file open
import os
import tempfile
from functools import partial
from multiprocessing import Pool


class Page:
    def __init__(self, text, number):
        self.text = text
        self.number = number


class Document:
    def __init__(self, path):
        self.path = path
        self._stream = open(path, "rb")
        self._pages = self._stream.read().decode().split("\f")

    def __getitem__(self, number):
        return Page(self._pages[number], number)


def load_page(number, path):
    document = Document(path)
    return document[number]


if __name__ == "__main__":
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "doc.txt")
    with open(path, "wb") as out:
        out.write("page one\fpage two".encode())
    with Pool(2) as pool:
        pages = pool.map(partial(load_page, path=path), [0, 1])
    print([page.number for page in pages])
    os.remove(path)
    os.rmdir(folder)
