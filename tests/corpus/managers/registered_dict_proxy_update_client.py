# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a BaseManager subclass registers get_devices with proxytype=DictProxy; update() sends a camera client holding a lock to the manager process (python-onvif 21)
import threading
from multiprocessing.managers import BaseManager, DictProxy


class Transport:
    def __init__(self):
        self._session_lock = threading.Lock()


class Camera:
    def __init__(self, host):
        self.host = host
        self.transport = Transport()


_devices = {}


def get_devices():
    return _devices


class DeviceManager(BaseManager):
    pass


DeviceManager.register("get_devices", callable=get_devices, proxytype=DictProxy)


if __name__ == "__main__":
    manager = DeviceManager(address=("127.0.0.1", 0), authkey=b"devices")
    manager.start()
    try:
        devices = manager.get_devices()
        camera = Camera("172.16.1.190")
        devices.update({"111": (camera, camera.host)})  # [PKL005]
        print("registered:", list(devices.keys()))
    finally:
        manager.shutdown()
