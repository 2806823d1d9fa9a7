# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: apply_async pickles its function; the zero-argument lambda becomes a def
# fix: PKL001 Lift the lambda
import multiprocessing


def call_sum():
    return sum(range(10))


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(call_sum)
        print(result.get(timeout=10))
