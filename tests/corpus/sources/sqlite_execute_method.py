# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: `conn.execute` is bound to the sqlite3 connection, which the executor must pickle
import concurrent.futures
import sqlite3

if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        print(pool.submit(conn.execute, "select 1").result())  # [PKL009]
    conn.close()
