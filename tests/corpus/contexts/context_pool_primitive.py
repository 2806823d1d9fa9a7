# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: a context's own Value passed as a pool task argument fails under every method
import multiprocessing


def bump(counter):
    counter.value += 1


if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    with context.Pool(2) as pool:
        pool.apply(bump, (counter,))  # [PKL006]
    print(counter.value)
