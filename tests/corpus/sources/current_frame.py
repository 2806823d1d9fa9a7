# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'frame' object
# summary: inspect.currentframe() returns a frame object, which pickle rejects
import inspect
import multiprocessing


def where(frame):
    print(frame.f_lineno)


if __name__ == "__main__":
    here = inspect.currentframe()
    with multiprocessing.Pool(1) as pool:
        pool.apply(where, (here,))  # [PKL004]
