# runtime: fork=ok spawn=ok forkserver=ok
# summary: a fork context made in a sibling module (CTX = get_context("fork")) starts the process: nothing is pickled, whatever the platform's default
from ifc_job import Job
from ifc_runtime import CTX

if __name__ == "__main__":
    job = Job("j1")
    queue = CTX.Queue()
    process = CTX.Process(target=job.run, args=(queue,))
    process.start()
    print(queue.get(timeout=10))
    process.join()
