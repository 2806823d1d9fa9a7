"""Workers sleep until Ctrl+C: the run is interrupted and must still be summarised."""

import multiprocessing
import sys
import time


def nap_in_worker(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with multiprocessing.get_context(sys.argv[1]).Pool(2) as pool:
        pending = pool.map_async(nap_in_worker, [30, 30])
        print("started", flush=True)
        print(pending.get())
