# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup c_char_Array_16 on __main__ failed
# summary: a camera frame keeps its pixels in an instance of `ctypes.c_char * 16`, an array type no module defines; the frame handler (a callable object) queues a deep copy of each frame for the saver process, and the queue's feeder thread cannot pickle it, so no frame arrives (VimbaPython 86)
import copy
import ctypes
import multiprocessing
import queue


class Frame:
    def __init__(self, frame_id):
        self.frame_id = frame_id
        buffer_type = ctypes.c_char * 16
        self.buffer = buffer_type()
        self.buffer[0] = b"\x7f"


class Handler:
    def __init__(self, frames):
        self.frames = frames

    def __call__(self, camera, frame):
        self.frames.put(copy.deepcopy(frame))  # [PKL005]


def save(frames, done):
    saved = 0
    while True:
        try:
            frame = frames.get(timeout=3)
        except queue.Empty:
            break
        if frame is None:
            break
        saved += 1
    done.put(saved)


if __name__ == "__main__":
    frames, done = multiprocessing.Queue(), multiprocessing.Queue()
    saver = multiprocessing.Process(target=save, args=(frames, done))
    saver.start()
    handler = Handler(frames)
    for number in range(2):
        handler("cam0", Frame(number))
    saved = done.get(timeout=10)
    saver.join()
    print("frames saved:", saved)
    if saved == 0:
        raise SystemExit("no frame reached the saver process")
