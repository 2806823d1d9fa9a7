# runtime: fork=error spawn=ok forkserver=ok
# error-contains: Can't get attribute 'word_count' on <module '__main__'
# summary: a notebook exported to a script: the first __main__ block starts the Pool, word_count is defined at module level below it and used by a later block; forked workers copied __main__ before the def ran, spawned workers import the whole module (cpython 132898, reproduced blind)
import multiprocessing

if __name__ == "__main__":
    workers = multiprocessing.Pool(2)

PAGES = ["a b c", "d e", "f"]


def word_count(text):
    return len(text.split())


if __name__ == "__main__":
    try:
        print(workers.map_async(word_count, PAGES).get(timeout=5))  # [PKL003]
    finally:
        workers.terminate()
