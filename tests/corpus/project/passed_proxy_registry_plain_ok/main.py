# runtime: fork=ok spawn=ok forkserver=ok
# summary: register() of a sibling module stores its entry into the Manager dict proxy main.py passes it; the entry is a dataclass of plain values, and the open file stays in main.py
import os
import tempfile
from multiprocessing import Manager

from ppk_catalog import entries, register
from ppk_journal import JournalInfo


def main():
    path = os.path.join(tempfile.mkdtemp(), "changes.log")
    with open(path, "a", encoding="utf-8") as out, Manager() as manager:
        catalog = manager.dict()
        register(catalog, "changes", JournalInfo(path))
        out.write("registered\n")
        print(entries(catalog), catalog["changes"].lines)


if __name__ == "__main__":
    main()
