# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'Worker.__init__.<locals>.<lambda>'
# summary: a Process subclass imported from a sibling module stores a lambda in __init__
from ips_workers import Worker

if __name__ == "__main__":
    worker = Worker(3)  # [PKL005]
    worker.start()
    worker.join()
    print("exit", worker.exitcode)
