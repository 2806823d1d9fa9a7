# runtime: fork=error spawn=error forkserver=error
# error-contains: A SemLock created in a fork context is being shared with a process in a spawn context
# summary: a Lock made by get_context("fork") passed to a get_context("spawn") Process: primitives may pass while spawning, but not across contexts
import multiprocessing


def work(lock):
    with lock:
        print("locked")


if __name__ == "__main__":
    lock = multiprocessing.get_context("fork").Lock()
    child = multiprocessing.get_context("spawn").Process(target=work, args=(lock,))  # [PKL006]
    child.start()
    child.join()
