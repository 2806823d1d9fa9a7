class Ledger:
    """Account ledger backed by an open sqlite connection."""

    def __init__(self, conn, currency="EUR"):
        self.conn = conn
        self.currency = currency

    def balance(self, account):
        query = "SELECT COALESCE(SUM(amount), 0) FROM entries WHERE account = ?"
        return self.conn.execute(query, (account,)).fetchone()[0]

    def audit(self, account):
        return account, self.balance(account), self.currency
