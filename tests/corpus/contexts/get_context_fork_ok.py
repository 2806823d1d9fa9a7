# runtime: fork=ok spawn=ok forkserver=ok
# summary: get_context("fork") copies the parent, so a lambda target and a thread lock in args are fine
import multiprocessing
import threading

if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    lock = threading.Lock()
    proc = context.Process(target=lambda held: print("child", held.locked()), args=(lock,))
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
