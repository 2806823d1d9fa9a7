# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same client module, but the pool runs its initialize() in every worker with the same arguments, so each worker has its session
import multiprocessing

import gvo_client

if __name__ == "__main__":
    args = {"url": "http://localhost:8002"}
    gvo_client.initialize(args)
    with multiprocessing.Pool(2, initializer=gvo_client.initialize, initargs=(args,)) as pool:
        print(pool.map(gvo_client.make_request, ["route", "locate"]))
