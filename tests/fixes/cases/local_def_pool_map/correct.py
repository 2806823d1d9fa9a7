import multiprocessing


def square(x):
    return x * x


def main():
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(6)))


if __name__ == "__main__":
    main()
