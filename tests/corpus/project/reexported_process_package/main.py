# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a Process subclass re-exported by a package's __init__.py keeps a session whose __init__ (in a third module, imported relatively) stores an RLock
from rp_app import Crawler

if __name__ == "__main__":
    crawler = Crawler(["a", "b"])  # [PKL005]
    crawler.start()
    crawler.join()
    print("exit", crawler.exitcode)
