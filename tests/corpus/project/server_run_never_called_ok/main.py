# runtime: fork=ok spawn=ok forkserver=ok
# summary: the class keeps a lock its constructor is given, but the method handing it to a Process is never called: nothing is pickled
import threading

from relay_server import Relay

if __name__ == "__main__":
    relay = Relay([threading.Lock()])
    print(relay.describe())
