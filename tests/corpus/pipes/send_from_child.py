# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the child process sends a lock back through its end of a Pipe and dies
import multiprocessing
import threading


def child(conn):
    conn.send(threading.Lock())  # [PKL004]


if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=child, args=(sender,))
    proc.start()
    proc.join()
    print("exit", proc.exitcode, receiver.poll(0.5))
