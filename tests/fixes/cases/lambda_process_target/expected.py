# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: spawn pickles the Process target; a lambda target works under fork only
# fix: PKL001 Lift the lambda
import multiprocessing


def call_print():
    return print("child", flush=True)


if __name__ == "__main__":
    process = multiprocessing.Process(target=call_print)
    process.start()
    process.join()
    print("exit code", process.exitcode)
