# runtime: fork=ok spawn=hang forkserver=hang
# error-contains: Can't get attribute 'work'
# summary: `global work` then `def work` inside main(), which only the __main__ guard calls: a spawned worker imports the module without running main, so work is missing there
import multiprocessing


def main():
    global work

    def work(x):
        return x * 2

    with multiprocessing.Pool(2) as pool:
        print(pool.map(work, range(4)))  # [PKL003]


if __name__ == "__main__":
    main()
