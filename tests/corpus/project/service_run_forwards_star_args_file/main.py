# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: Service.run(fn, *args) of a sibling module submits its *args to the ProcessPoolExecutor it owns; main.py passes an open file among them
import os
import tempfile

from srf_service import Service


def count_lines(source, limit):
    return min(limit, sum(1 for _ in source))


def main():
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write("a\nb\n")
    service = Service()
    try:
        with open(path, encoding="utf-8") as source:
            print(service.run(count_lines, source, 10))  # [PKL004]
    finally:
        service.close()


if __name__ == "__main__":
    main()
