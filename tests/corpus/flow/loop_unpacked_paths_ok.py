# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same loop zipping names with log paths: each Process opens its own file, nothing open crosses
import multiprocessing
import os
import tempfile


def crawl(name, path):
    with open(path, "w") as log:
        log.write(f"{name} done\n")


if __name__ == "__main__":
    names = ["news", "blogs"]
    with tempfile.TemporaryDirectory() as folder:
        paths = [os.path.join(folder, f"{n}.log") for n in names]
        workers = []
        for name, path in zip(names, paths):
            worker = multiprocessing.Process(target=crawl, args=(name, path))
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join()
        print(sorted(os.listdir(folder)), [w.exitcode for w in workers])
