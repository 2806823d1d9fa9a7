# runtime: fork=ok spawn=error forkserver=error
# error-contains: BrokenProcessPool
# summary: an executor worker defined under the main guard breaks a spawned pool
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":

    def square(x):
        return x * x

    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(square, range(3))))  # [PKL003]
