# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'Resizer.__init__.<locals>.<lambda>'
# summary: the main module only imports a job class from a sibling and starts it; its lambda state still fails to cross
from sj_jobs import Resizer

if __name__ == "__main__":
    job = Resizer([1, 2, 3])  # [PKL005]
    job.start()
    job.join()
    raise SystemExit(job.exitcode)
