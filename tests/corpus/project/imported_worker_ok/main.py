# runtime: fork=ok spawn=ok forkserver=ok
# summary: a thread class named Worker and a clean Process subclass come from sibling modules; nothing bad is pickled
from iw_processes import Counter
from iw_threads import Worker

if __name__ == "__main__":
    thread = Worker(2)
    thread.start()
    thread.join()
    process = Counter(3)
    process.start()
    process.join()
    print("exit", process.exitcode)
