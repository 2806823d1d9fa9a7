# runtime: fork=error spawn=error forkserver=error
# error-contains: TypeError: DeviceHandle objects cannot cross processes
# summary: a device handle's __getstate__ refuses pickling outright; handles sent as Pool.map task items make the map raise
from multiprocessing import Pool


class DeviceHandle:
    def __init__(self, port):
        self.port = port

    def __getstate__(self):
        raise TypeError("DeviceHandle objects cannot cross processes")


def probe(handle):
    return handle.port


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(probe, [DeviceHandle(1), DeviceHandle(2)]))  # [PKL005]
