# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a MongoClient handed to a Process must be pickled under spawn; its locks cannot be
import multiprocessing

import pymongo


def show(client):
    print(type(client).__name__)


if __name__ == "__main__":
    client = pymongo.MongoClient("mongodb://localhost:27017", connect=False)
    try:
        p = multiprocessing.Process(target=show, args=(client,))  # [PKL004]
        p.start()
        p.join()
    finally:
        client.close()
