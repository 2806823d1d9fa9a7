# runtime: fork=ok spawn=ok forkserver=ok
# summary: an instance holding a lock in Process args is fine when the context is pinned to fork
import multiprocessing
import threading


class Board:
    def __init__(self):
        self.lock = threading.Lock()
        self.cells = [1, 2]


def show(board):
    print(board.cells)


if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    proc = context.Process(target=show, args=(Board(),))
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
