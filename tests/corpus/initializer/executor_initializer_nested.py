# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a nested initializer for ProcessPoolExecutor fails once workers are spawned
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def main():
    def setup():
        pass

    with ProcessPoolExecutor(2, initializer=setup) as executor:  # [PKL002]
        print(list(executor.map(square, range(3))))


if __name__ == "__main__":
    main()
