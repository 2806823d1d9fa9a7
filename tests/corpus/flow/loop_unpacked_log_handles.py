# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: `for name, log in zip(names, logs)` gives each Process the open log file at its place in the zipped items
import multiprocessing
import os
import tempfile


def crawl(name, log):
    log.write(f"{name} done\n")
    log.flush()


def open_logs(folder, names):
    return [open(os.path.join(folder, f"{n}.log"), "w") for n in names]


if __name__ == "__main__":
    names = ["news", "blogs"]
    with tempfile.TemporaryDirectory() as folder:
        logs = open_logs(folder, names)
        workers = []
        for name, log in zip(names, logs):
            worker = multiprocessing.Process(target=crawl, args=(name, log))  # [PKL004]
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join()
        for log in logs:
            log.close()
        print(sorted(os.listdir(folder)), [w.exitcode for w in workers])
