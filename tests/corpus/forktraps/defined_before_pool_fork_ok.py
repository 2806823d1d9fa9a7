# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'early'
# summary: the same function defined before the Pool exists in the forked workers: fine under fork, still missing under spawn and forkserver
import multiprocessing

if __name__ == "__main__":

    def early(x):
        return x + 1

    pool = multiprocessing.Pool(2)
    print(pool.map_async(early, range(3)).get(timeout=5))  # [PKL003]
    pool.close()
    pool.join()
