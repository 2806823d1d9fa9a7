# runtime: fork=error spawn=error forkserver=error
# error-contains: runner
# summary: a dispatcher of another module schedules, on the pebble pool it is given, a function looked up in a registry whose decorator stores a nested wrapper without functools.wraps: a local object pickle cannot find (a project reproduced blind, s30b fqw_jobs)
from pebble import ProcessPool

from pw_dispatch import submit_all

if __name__ == "__main__":
    with ProcessPool(max_workers=2) as pool:
        futures = submit_all(pool, "square", [1, 2, 3])  # [PKL002]
        print("squares:", [future.result(timeout=60) for future in futures])
