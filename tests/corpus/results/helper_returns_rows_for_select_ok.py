# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper, called with a SELECT (in lower case, after spaces): it returns the fetched rows, a list that travels back
import os
import sqlite3
import tempfile
from concurrent.futures import ProcessPoolExecutor


def init_db(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE job (id INTEGER PRIMARY KEY, calc_dir TEXT)")
    conn.executemany("INSERT INTO job VALUES (?, ?)", [(1, "a"), (2, "b")])
    conn.commit()
    conn.close()


def dbcmd(path, sql, *args):
    conn = sqlite3.connect(path)
    cursor = conn.execute(sql, args)
    conn.commit()
    if sql.lstrip().upper().startswith("SELECT"):
        return cursor.fetchall()
    return cursor


def read_calc_dir(path, calc_id):
    return dbcmd(path, "  select calc_dir from job where id = ?", calc_id)


if __name__ == "__main__":
    database = os.path.join(tempfile.mkdtemp(), "jobs.sqlite")
    init_db(database)
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(read_calc_dir, database, i) for i in (1, 2)]
        print([future.result(timeout=20) for future in futures])
