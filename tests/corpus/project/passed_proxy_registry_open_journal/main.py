# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: register() of a sibling module stores its entry into the Manager dict proxy main.py passes it; the entry is a Journal holding an open file, pickled to the manager process
import os
import tempfile
from multiprocessing import Manager

from ppj_catalog import entries, register
from ppj_journal import Journal


def main():
    folder = tempfile.mkdtemp()
    journal = Journal(os.path.join(folder, "changes.log"))
    with Manager() as manager:
        catalog = manager.dict()
        try:
            register(catalog, "changes", journal)  # [PKL005]
        finally:
            journal.close()
        print(entries(catalog))


if __name__ == "__main__":
    main()
