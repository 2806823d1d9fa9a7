# runtime: fork=ok spawn=ok forkserver=ok
# summary: each pool task gets the Manager list proxy and count_page() of a sibling module appends only a (name, hits) tuple to it; the HitCounter and its lock stay in the worker
from multiprocessing import Manager, Pool

from ppm_tasks import PAGES, count_page


def main():
    with Manager() as manager:
        results = manager.list()
        with Pool(2) as pool:
            names = pool.starmap(count_page, [(results, name) for name in PAGES])
        print(sorted(names), sorted(results))


if __name__ == "__main__":
    main()
