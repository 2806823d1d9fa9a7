# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: `corpus = Corpus(folder)` then `pool.imap(count, corpus.documents())`: the method returns a list of open files, each a task item
import multiprocessing
import os
import tempfile


class Corpus:
    def __init__(self, folder):
        self.folder = folder

    def documents(self):
        return [open(os.path.join(self.folder, name)) for name in sorted(os.listdir(self.folder))]


def count(document):
    return len(document.read())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for index in range(2):
            with open(os.path.join(folder, f"{index}.txt"), "w") as out:
                out.write("x" * (index + 1))
        corpus = Corpus(folder)
        with multiprocessing.Pool(2) as pool:
            print(list(pool.imap(count, corpus.documents())))  # [PKL004]
