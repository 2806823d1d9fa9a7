# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'run.<locals>.<lambda>'
# summary: two locals of the enclosing function become two leading partial arguments
# fix: PKL001 Lift the lambda
import multiprocessing


def run(low, high):
    with multiprocessing.Pool(2) as pool:
        return pool.map(lambda x: min(max(x, low), high), range(10))


if __name__ == "__main__":
    print(run(3, 6))
