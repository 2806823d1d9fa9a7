# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'select.epoll' object
# summary: selectors.DefaultSelector is an epoll selector on Linux, which cannot be pickled
import multiprocessing
import selectors


def watched(selector):
    print(len(selector.get_map()))


if __name__ == "__main__":
    selector = selectors.DefaultSelector()
    p = multiprocessing.Process(target=watched, args=(selector,))  # [PKL004]
    p.start()
    p.join()
    selector.close()
