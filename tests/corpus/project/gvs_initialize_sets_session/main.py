# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object has no attribute 'get'
# summary: the program calls the client module's initialize(), which sets its session global, then maps the module's request function over a pool; spawned workers import the module with the session still None (valhalla PR 3003, reproduced blind)
import multiprocessing

import gvs_client

if __name__ == "__main__":
    gvs_client.initialize({"url": "http://localhost:8002"})
    with multiprocessing.Pool(2) as pool:
        print(pool.map(gvs_client.make_request, ["route", "locate"]))  # [PKL016]
