# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Cursor' object
# summary: the database helper returns the rows of a SELECT but the cursor itself for any other statement; the worker runs an UPDATE and returns what the helper gives, a cursor the executor cannot send back (oq-engine PR 11500, reproduced blind)
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


def update_calc_dir(path, calc_id):
    return dbcmd(path, "UPDATE job SET calc_dir = ? WHERE id = ?", f"/tmp/calc_{calc_id}", calc_id)


if __name__ == "__main__":
    database = os.path.join(tempfile.mkdtemp(), "jobs.sqlite")
    init_db(database)
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(update_calc_dir, database, i) for i in (1, 2)]  # [PKL007]
        print([future.result(timeout=20) for future in futures])
