# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: main.py never names multiprocessing: it passes a threading lock to launch() of a sibling module, which hands its parameter to a Process
import threading

from fwd_launcher import launch

if __name__ == "__main__":
    print(launch(threading.Lock()))  # [PKL004]
