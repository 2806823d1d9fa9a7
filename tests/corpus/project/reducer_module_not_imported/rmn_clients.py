import sqlite3


class PriceClient:
    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path)

    def price(self, sku):
        row = self.conn.execute("select price from prices where sku = ?", (sku,)).fetchone()
        return -1 if row is None else row[0]
