# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.work'
# summary: a module-level `work` already exists, so the lifted function gets a fresh name
# fix: PKL002 Move the local function
import multiprocessing

work = "a module-level name that must keep its value"


def main_work(x):
    return x + 1


def main():
    work = main_work

    with multiprocessing.Pool(2) as pool:
        print(pool.map(work, range(4)))


if __name__ == "__main__":
    main()
    print(work)
