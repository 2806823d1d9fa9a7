# runtime: fork=hang spawn=hang forkserver=hang
# summary: a function defined in the __main__ block after the Pool was created: fork's workers were copied before it existed, spawn's never run the block; map waits forever
import multiprocessing

if __name__ == "__main__":
    pool = multiprocessing.Pool(2)

    def late(x):
        return x + 1

    print(pool.map(late, range(3)))  # [PKL003]
    pool.close()
    pool.join()
