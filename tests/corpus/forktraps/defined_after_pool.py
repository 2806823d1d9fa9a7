# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't get attribute 'late'
# summary: a function defined in the __main__ block after the Pool was created: fork's workers were copied before it existed, spawn's never run the block; the tasks never come back
import multiprocessing

if __name__ == "__main__":
    pool = multiprocessing.Pool(2)

    def late(x):
        return x + 1

    print(pool.map_async(late, range(3)).get(timeout=5))  # [PKL003]
