import multiprocessing

work = "a module-level name that must keep its value"


def increment(x):
    return x + 1


def main():
    with multiprocessing.Pool(2) as pool:
        print(pool.map(increment, range(4)))


if __name__ == "__main__":
    main()
    print(work)
