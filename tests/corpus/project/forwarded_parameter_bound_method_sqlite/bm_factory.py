import sqlite3

from bm_ledger import Ledger

SEED = [("alice", 10), ("alice", -3), ("bob", 7)]


def open_ledger(path=":memory:"):
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("CREATE TABLE entries (account TEXT, amount INTEGER)")
    conn.executemany("INSERT INTO entries VALUES (?, ?)", SEED)
    return Ledger(conn)
