import sqlite3


def _reopened(rows, currency):
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("CREATE TABLE entries (account TEXT, amount INTEGER)")
    conn.executemany("INSERT INTO entries VALUES (?, ?)", rows)
    return Ledger(conn, currency)


class Ledger:
    """Account ledger backed by an open sqlite connection; pickles as its rows."""

    def __init__(self, conn, currency="EUR"):
        self.conn = conn
        self.currency = currency

    def balance(self, account):
        query = "SELECT COALESCE(SUM(amount), 0) FROM entries WHERE account = ?"
        return self.conn.execute(query, (account,)).fetchone()[0]

    def audit(self, account):
        return account, self.balance(account), self.currency

    def __reduce__(self):
        rows = self.conn.execute("SELECT account, amount FROM entries").fetchall()
        return _reopened, (rows, self.currency)
