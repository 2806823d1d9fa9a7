# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: the same client and the same reducer module, but main.py never imports it: nothing registers the reducer, and every task pickles the client's sqlite3 connection
import os
import sqlite3
import tempfile
from multiprocessing import Pool

from rmn_clients import PriceClient


def price_of(client, sku):
    return sku, client.price(sku)


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "prices.db")
    with sqlite3.connect(path) as setup:
        setup.execute("create table prices (sku text, price integer)")
        setup.execute("insert into prices values ('A1', 250)")
    setup.close()
    client = PriceClient(path)
    with Pool(2) as pool:
        print(pool.starmap(price_of, [(client, sku) for sku in ("A1", "B2")]))  # [PKL005]
    client.conn.close()
