# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: an instance with a Condition in Process args is pickled only under spawn
import multiprocessing
import threading


class Board:
    def __init__(self):
        self.changed = threading.Condition()
        self.cells = [0, 0]


def show(board):
    print(board.cells)


if __name__ == "__main__":
    board = Board()
    proc = multiprocessing.Process(target=show, args=(board,))  # [PKL005]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
