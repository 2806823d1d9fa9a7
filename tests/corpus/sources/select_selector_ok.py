# runtime: fork=ok spawn=ok forkserver=ok
# summary: selectors.SelectSelector holds no OS object and pickles (an empty one, at least)
import multiprocessing
import selectors


def watched(selector):
    print(len(selector.get_map()))


if __name__ == "__main__":
    selector = selectors.SelectSelector()
    p = multiprocessing.Process(target=watched, args=(selector,))
    p.start()
    p.join()
