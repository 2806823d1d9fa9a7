# runtime: fork=error spawn=error forkserver=error
# error-contains: sqlite3.Connection
# summary: a client made by a sibling module's factory holds a sqlite3 connection
import concurrent.futures

from fc_clients import make_client


def describe(client):
    return client.path


if __name__ == "__main__":
    client = make_client()
    try:
        with concurrent.futures.ProcessPoolExecutor(1) as pool:
            print(pool.submit(describe, client).result())  # [PKL005]
    finally:
        client.close()
