# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a device handle's __getstate__ refuses pickling only while a connection is open; the handles sent as Pool.map task items are not connected, so they pickle
from multiprocessing import Pool


class DeviceHandle:
    def __init__(self, port):
        self.port = port
        self.connection = None

    def __getstate__(self):
        if self.connection is not None:
            raise TypeError("connected DeviceHandle objects cannot cross processes")
        return self.__dict__


def probe(handle):
    return handle.port


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(probe, [DeviceHandle(1), DeviceHandle(2)]))
