# runtime: fork=ok spawn=ok forkserver=ok
# summary: each worker opens its own connection (socket and `makefile("rb")` reader) from the host and port in its task, so Pool.map pickles only plain values
import socket
from multiprocessing import Pool


class Connection:
    def __init__(self, host="127.0.0.1", port=3306):
        self.host, self.port = host, port
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._rfile = self._sock.makefile("rb")

    def close(self):
        self._rfile.close()
        self._sock.close()


def run_query(task):
    host, port, sql, args = task
    connection = Connection(host, port)
    try:
        return [(sql % args, connection.port)]
    finally:
        connection.close()


if __name__ == "__main__":
    tasks = [("127.0.0.1", 3306, "SELECT * FROM users WHERE id = %s", (i,)) for i in range(3)]
    with Pool(2) as pool:
        print(pool.map(run_query, tasks))
