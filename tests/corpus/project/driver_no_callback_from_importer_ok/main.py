# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same driver, built without a callback by the importing module: it keeps None, and its bound method pickles
from wmo_driver import Roaster


class Server:
    def __init__(self):
        self.roaster = Roaster()

    def run(self):
        self.roaster.connect()
        return self.roaster.disconnect()


if __name__ == "__main__":
    code = Server().run()
    if code != 0:
        raise SystemExit(f"the driver's process ended with {code}")
    print("disconnected")
