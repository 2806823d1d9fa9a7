# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda bound to a module-level name still has the qualified name <lambda>
import multiprocessing

square = lambda x: x * x  # noqa: E731


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(3)))  # [PKL001]
