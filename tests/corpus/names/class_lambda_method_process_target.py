# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'Reporter' object has no attribute '<lambda>'
# summary: a method defined by a class-level lambda as a Process target: fork inherits it, a spawned child cannot find '<lambda>' on the unpickled instance
import multiprocessing


class Reporter:
    report = lambda self, name: print("hello", name)  # noqa: E731


if __name__ == "__main__":
    reporter = Reporter()
    child = multiprocessing.Process(target=reporter.report, args=("worker",))  # [PKL001]
    child.start()
    child.join()
    print("exit", child.exitcode)
