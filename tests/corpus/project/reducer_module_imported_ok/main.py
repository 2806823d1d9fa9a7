# runtime: fork=ok spawn=ok forkserver=ok
# summary: a client holding a sqlite3 connection goes to a pool, but a sibling module imported for its side effect registers a ForkingPickler reducer that rebuilds the client from its path
import os
import sqlite3
import tempfile
from multiprocessing import Pool

import rmi_reducers  # noqa: F401  registers the PriceClient reducer
from rmi_clients import PriceClient


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
        print(pool.starmap(price_of, [(client, sku) for sku in ("A1", "B2")]))
    client.conn.close()
