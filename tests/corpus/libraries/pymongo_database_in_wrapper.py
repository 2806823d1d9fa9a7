# runtime: fork=ok spawn=error forkserver=error
# error-contains: _thread.lock
# summary: a helper builds a source wrapper holding client["cvedb"] (a Database keeps its MongoClient) and returns it; it is a Process argument, pickled under spawn where the client's lock fails (cve-search issue 817, reproduced blind)
import multiprocessing

import pymongo


class Collection:
    def __init__(self, db, name):
        self.db = db
        self.name = name


class Source:
    def __init__(self, feed, collection):
        self.feed = feed
        self.collection = collection


def make_source(feed):
    client = pymongo.MongoClient("mongodb://127.0.0.1:27999", connect=False)
    return Source(feed, Collection(client["cvedb"], "cpe"))


def process_downloads(source, out):
    out.put(f"{source.feed} -> {source.collection.name}")


if __name__ == "__main__":
    out = multiprocessing.Queue()
    source = make_source("cpe-dictionary")
    process = multiprocessing.Process(target=process_downloads, args=(source, out))  # [PKL005]
    process.start()
    print(out.get(timeout=60))
    process.join(timeout=60)
