# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a base handle refuses pickling in __getstate__, but the subclass sent to the pool defines __reduce__, which pickle asks first, so its instances pickle
from multiprocessing import Pool


class Handle:
    def __init__(self, port):
        self.port = port

    def __getstate__(self):
        raise TypeError("Handle objects cannot cross processes")


class PortName(Handle):
    def __reduce__(self):
        return PortName, (self.port,)


def probe(handle):
    return handle.port


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(probe, [PortName(1), PortName(2)]))
