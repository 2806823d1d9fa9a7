# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a spawn context made in a sibling module, read as a module attribute (isc_runtime.CTX), starts the process: the bound method's object, holding a lock, is pickled on every platform
import isc_runtime
from isc_job import Job

if __name__ == "__main__":
    job = Job("j1")
    queue = isc_runtime.CTX.Queue()
    process = isc_runtime.CTX.Process(target=job.run, args=(queue,))  # [PKL009]
    process.start()
    print(queue.get(timeout=10))
    process.join()
