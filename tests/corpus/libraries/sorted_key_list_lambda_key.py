# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'Leaderboard.__init__.<locals>.<lambda>'
# summary: a leaderboard keeps its scores in a sortedcontainers SortedKeyList sorted by `key=lambda`; the list's __reduce__ pickles the key, so the board cannot be a pool task (python-sortedcontainers 78)
import multiprocessing

from sortedcontainers import SortedKeyList


class Leaderboard:
    def __init__(self, scores):
        self.entries = SortedKeyList(scores, key=lambda entry: -entry[1])

    def top(self, count):
        return [name for name, _ in self.entries[:count]]


def best(task):
    board, count = task
    return board.top(count)


if __name__ == "__main__":
    board = Leaderboard([("ann", 3), ("bob", 9), ("cy", 5)])
    with multiprocessing.Pool(2) as pool:
        print(pool.map(best, [(board, 1), (board, 2)]))  # [PKL005]
