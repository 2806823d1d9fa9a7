# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'WeakMethod' object
# summary: a driver class of a package keeps a weakref.WeakMethod of the callback the importing module gives it; its Process(target=self._talk) pickles the driver
from wmr_driver import Roaster


class Server:
    def __init__(self):
        self.readings = []
        self.roaster = Roaster(on_update=self.record)

    def record(self, value):
        self.readings.append(value)

    def run(self):
        self.roaster.connect()
        return self.roaster.disconnect()


if __name__ == "__main__":
    code = Server().run()
    if code != 0:
        raise SystemExit(f"the driver's process ended with {code}")
    print("disconnected")
