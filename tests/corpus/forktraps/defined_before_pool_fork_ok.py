# runtime: fork=ok spawn=hang forkserver=hang
# summary: the same function defined before the Pool exists in the forked workers: fine under fork, still missing under spawn and forkserver
import multiprocessing

if __name__ == "__main__":

    def early(x):
        return x + 1

    pool = multiprocessing.Pool(2)
    print(pool.map(early, range(3)))  # [PKL003]
    pool.close()
    pool.join()
