# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: `with opened_log() as log` binds the open file an imported @contextmanager yields; the Process that receives it cannot be spawned
import multiprocessing

from cmo_logs import opened_log


def record(log, message):
    log.write(message + "\n")
    log.flush()


if __name__ == "__main__":
    with opened_log() as log:
        worker = multiprocessing.Process(target=record, args=(log, "started"))  # [PKL004]
        worker.start()
        worker.join()
        print("exit code", worker.exitcode)
