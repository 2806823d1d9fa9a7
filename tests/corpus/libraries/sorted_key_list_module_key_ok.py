# runtime: fork=ok spawn=ok forkserver=ok
# summary: the leaderboard's SortedKeyList sorts by a module-level function, which its __reduce__ pickles by name: the board travels as a pool task
import multiprocessing

from sortedcontainers import SortedKeyList


def by_score(entry):
    return -entry[1]


class Leaderboard:
    def __init__(self, scores):
        self.entries = SortedKeyList(scores, key=by_score)

    def top(self, count):
        return [name for name, _ in self.entries[:count]]


def best(task):
    board, count = task
    return board.top(count)


if __name__ == "__main__":
    board = Leaderboard([("ann", 3), ("bob", 9), ("cy", 5)])
    with multiprocessing.Pool(2) as pool:
        print(pool.map(best, [(board, 1), (board, 2)]))
