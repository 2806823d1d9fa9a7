# runtime: fork=ok spawn=ok forkserver=ok
# summary: a ProcessPoolExecutor made at module level starts no worker until it gets work, here under the guard
import concurrent.futures

EXECUTOR = concurrent.futures.ProcessPoolExecutor(max_workers=1)


def double(x):
    return 2 * x


if __name__ == "__main__":
    try:
        print(EXECUTOR.submit(double, 21).result())
    finally:
        EXECUTOR.shutdown()
