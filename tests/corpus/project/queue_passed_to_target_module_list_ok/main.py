# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same Queue handed to snapshot_region() of a sibling module, but the snapshot keeps a sorted list of the keys, which pickles
import multiprocessing as mp

from qpl_workers import snapshot_region

if __name__ == "__main__":
    out = mp.Queue()
    child = mp.Process(target=snapshot_region, args=("eu", out))
    child.start()
    print(out.get(timeout=20).summary())
    child.join()
