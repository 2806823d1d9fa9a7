# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper given multiprocessing.dummy's Pool, a pool of threads: the tasks run in threads and their results, match iterators included, are never pickled
from multiprocessing.dummy import Pool

from pt_batch import tokenize_all

DOCS = [("d1", "x = 42 + y"), ("d2", "total = price * 3")]

if __name__ == "__main__":
    with Pool(2) as pool:
        streams = tokenize_all(pool, DOCS)
    for doc_id, stream in sorted(streams.items()):
        print(doc_id, list(stream))
