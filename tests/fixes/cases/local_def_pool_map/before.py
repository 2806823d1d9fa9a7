# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.square'
# summary: a function nested in main() has no importable name; it moves to module level
# fix: PKL002 Move the local function
import multiprocessing


def main():
    def square(x):
        return x * x

    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(6)))


if __name__ == "__main__":
    main()
