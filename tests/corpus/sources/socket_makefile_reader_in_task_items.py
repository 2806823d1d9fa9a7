# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: a database connection reads packets through `sock.makefile("rb")`; its cursors go to Pool.map inside the task tuples, and the connection's buffered reader cannot be pickled (PyMySQL 267)
import socket
from multiprocessing import Pool


class Connection:
    def __init__(self, host="127.0.0.1", port=3306):
        self.host, self.port = host, port
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._rfile = self._sock.makefile("rb")

    def cursor(self):
        return Cursor(self)


class Cursor:
    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql, args):
        return [(sql % args, self.connection.port)]


def run_query(task):
    cursor, sql, args = task
    return cursor.execute(sql, args)


if __name__ == "__main__":
    connection = Connection()
    tasks = [(connection.cursor(), "SELECT * FROM users WHERE id = %s", (i,)) for i in range(3)]
    with Pool(2) as pool:
        print(pool.map(run_query, tasks))  # [PKL005]
