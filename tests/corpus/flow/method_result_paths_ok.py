# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same corpus whose method returns the documents' paths: each worker opens its own file
import multiprocessing
import os
import tempfile


class Corpus:
    def __init__(self, folder):
        self.folder = folder

    def documents(self):
        return [os.path.join(self.folder, name) for name in sorted(os.listdir(self.folder))]


def count(path):
    with open(path) as document:
        return len(document.read())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for index in range(2):
            with open(os.path.join(folder, f"{index}.txt"), "w") as out:
                out.write("x" * (index + 1))
        corpus = Corpus(folder)
        with multiprocessing.Pool(2) as pool:
            print(list(pool.imap(count, corpus.documents())))
