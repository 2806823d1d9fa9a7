# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda given to an imported Process subclass's constructor is stored on it and pickled at start()
from cb_workers import Reporter

if __name__ == "__main__":
    reporter = Reporter([1, 2, 3], on_done=lambda total: print("total", total))  # [PKL005]
    reporter.start()
    reporter.join()
