# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same notebook order, but word_count is defined above the __main__ block that starts the Pool: forked workers copied __main__ after the def ran
import multiprocessing

PAGES = ["a b c", "d e", "f"]


def word_count(text):
    return len(text.split())


if __name__ == "__main__":
    workers = multiprocessing.Pool(2)


def line_count(text):
    return text.count("\n") + 1


if __name__ == "__main__":
    try:
        print(workers.map_async(word_count, PAGES).get(timeout=5))
        print(sum(map(line_count, PAGES)))
    finally:
        workers.terminate()
