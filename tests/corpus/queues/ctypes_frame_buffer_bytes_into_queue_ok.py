# runtime: fork=ok spawn=ok forkserver=ok
# summary: the camera frame copies its ctypes pixel buffer into bytes before keeping it, so the deep copies the handler queues for the saver process pickle
import copy
import ctypes
import multiprocessing
import queue


class Frame:
    def __init__(self, frame_id):
        self.frame_id = frame_id
        buffer_type = ctypes.c_char * 16
        pixels = buffer_type()
        pixels[0] = b"\x7f"
        self.buffer = bytes(pixels)


class Handler:
    def __init__(self, frames):
        self.frames = frames

    def __call__(self, camera, frame):
        self.frames.put(copy.deepcopy(frame))


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
