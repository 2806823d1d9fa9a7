# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.
# summary: threading.current_thread() is a Thread object; its locks cannot be pickled
import multiprocessing
import threading


def name_of(thread):
    print(thread.name)


if __name__ == "__main__":
    p = multiprocessing.Process(target=name_of, args=(threading.current_thread(),))  # [PKL004]
    p.start()
    p.join()
