# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same Service.run(fn, *args) of a sibling module, but main.py passes the file's path and the worker opens it
import os
import tempfile

from srp_service import Service


def count_lines(path, limit):
    with open(path, encoding="utf-8") as source:
        return min(limit, sum(1 for _ in source))


def main():
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write("a\nb\n")
    service = Service()
    try:
        print(service.run(count_lines, path, 10))
    finally:
        service.close()


if __name__ == "__main__":
    main()
