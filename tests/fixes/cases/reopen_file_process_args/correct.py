import multiprocessing
import os
import tempfile


def child(path, name):
    with open(path, "a") as log:
        log.write(f"hello from {name}\n")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "run.log")
        with open(path, "w") as log:
            log.write("started\n")
        process = multiprocessing.Process(target=child, args=(path, "child"))
        process.start()
        process.join()
        with open(path) as written:
            print(written.read().splitlines())
