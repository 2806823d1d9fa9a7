# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same kind of launcher given a plain string: its parameter pickles fine
import threading

from fwp_launcher import launch

if __name__ == "__main__":
    guard = threading.Lock()
    with guard:
        print(launch("nightly"))
