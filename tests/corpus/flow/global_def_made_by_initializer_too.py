# runtime: fork=ok spawn=hang forkserver=hang
# error-contains: Can't get attribute 'work'
# summary: the function declaring `global work` runs as the pool's initializer too, yet a spawned worker still lacks work: its __main__ functions keep the globals of runpy's import run, not __mp_main__'s
import multiprocessing


def setup():
    global work

    def work(x):
        return x * 2


if __name__ == "__main__":
    setup()
    with multiprocessing.Pool(2, initializer=setup) as pool:
        print(pool.map(work, range(4)))  # [PKL003]
