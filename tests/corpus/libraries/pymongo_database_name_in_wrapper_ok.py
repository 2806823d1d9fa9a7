# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same source wrapper keeps the server's URI and the database's name, and the worker connects itself: only strings are pickled
import multiprocessing

import pymongo


class Source:
    def __init__(self, feed, uri, database):
        self.feed = feed
        self.uri = uri
        self.database = database

    def collection(self, name):
        client = pymongo.MongoClient(self.uri, connect=False)
        return client[self.database][name]


def process_downloads(source, out):
    out.put(f"{source.feed} -> {source.collection('cpe').name}")


if __name__ == "__main__":
    out = multiprocessing.Queue()
    source = Source("cpe-dictionary", "mongodb://127.0.0.1:27999", "cvedb")
    process = multiprocessing.Process(target=process_downloads, args=(source, out))
    process.start()
    print(out.get(timeout=60))
    process.join(timeout=60)
