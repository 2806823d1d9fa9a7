# runtime: fork=ok spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process before the
# summary: Process.start() at module level runs again in the spawned child, which refuses
# fix: PKL010 Put the code that starts processes
import multiprocessing


def child():
    print("child runs", flush=True)


process = multiprocessing.Process(target=child)
process.start()
process.join()
print("exit code", process.exitcode)
