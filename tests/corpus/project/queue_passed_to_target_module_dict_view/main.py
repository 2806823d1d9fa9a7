# runtime: fork=error spawn=error forkserver=error
# error-contains: _queue.Empty
# summary: main.py hands its Queue to a Process running snapshot_region() of a sibling module, which puts a snapshot holding a dict_keys view; the child's feeder thread cannot pickle it, the item is lost and the parent's get times out (reproduced from s31b ygd_cache's shape)
import multiprocessing as mp

from qpt_workers import snapshot_region

if __name__ == "__main__":
    out = mp.Queue()
    child = mp.Process(target=snapshot_region, args=("eu", out))  # [PKL005]
    child.start()
    print(out.get(timeout=10).summary())
    child.join()
