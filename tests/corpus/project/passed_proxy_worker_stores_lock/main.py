# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: each pool task gets the Manager list proxy and count_page() of a sibling module appends a HitCounter (holding a threading lock) to it through a helper; the proxy pickles it to the manager process
from multiprocessing import Manager, Pool

from ppl_tasks import PAGES, count_page


def main():
    with Manager() as manager:
        results = manager.list()
        with Pool(2) as pool:
            names = pool.starmap(count_page, [(results, name) for name in PAGES])  # [PKL005]
        print(sorted(names), len(results))


if __name__ == "__main__":
    main()
