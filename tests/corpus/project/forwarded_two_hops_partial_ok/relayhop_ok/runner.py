import multiprocessing


def _serve(factory, conn):
    target = factory()
    while True:
        message = conn.recv()
        if message is None:
            break
        conn.send(target.step(message))


class Worker:
    def __init__(self, factory):
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(factory, child))
        self._process.start()

    def ask(self, n):
        self._conn.send(n)
        return self._conn.recv()

    def close(self):
        self._conn.send(None)
        self._process.join()
