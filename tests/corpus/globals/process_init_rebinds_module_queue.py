# runtime: fork=ok spawn=error forkserver=error
# error-contains: queue.Empty
# summary: a Process subclass hands its queue to the module's callback by rebinding a module-level Queue global in __init__ (python-sounddevice 245); a spawned child never runs __init__, so run() puts into its own fresh queue and the parent waits in vain
import multiprocessing as mp
import queue

blocks = mp.Queue()


def on_block(data):
    blocks.put_nowait(data)


class Recorder(mp.Process):
    def __init__(self, out):
        super().__init__()
        global blocks
        blocks = out

    def run(self):
        for block in range(3):
            on_block([block] * 4)


if __name__ == "__main__":
    out = mp.Queue()
    recorder = Recorder(out)  # [PKL016]
    recorder.start()
    try:
        print("received", [out.get(timeout=5) for _ in range(3)])
    except queue.Empty:
        print("no blocks arrived")
        raise
    finally:
        recorder.join()
