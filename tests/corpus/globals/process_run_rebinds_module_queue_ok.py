# runtime: fork=ok spawn=ok forkserver=ok
# summary: the Process subclass keeps the queue on self and rebinds the module global at the start of run(), in the child itself (the fix of python-sounddevice 245)
import multiprocessing as mp
import queue

blocks = mp.Queue()


def on_block(data):
    blocks.put_nowait(data)


class Recorder(mp.Process):
    def __init__(self, out):
        super().__init__()
        self.out = out

    def run(self):
        global blocks
        blocks = self.out
        for block in range(3):
            on_block([block] * 4)


if __name__ == "__main__":
    out = mp.Queue()
    recorder = Recorder(out)
    recorder.start()
    try:
        print("received", [out.get(timeout=5) for _ in range(3)])
    except queue.Empty:
        print("no blocks arrived")
        raise
    finally:
        recorder.join()
