# runtime: fork=ok spawn=error forkserver=error
# error-contains: missing 2 required positional arguments: 'lang' and 'tkey'
# summary: an image's info dict holds a str subclass whose __new__ requires lang and tkey; str's __getnewargs__ gives pickle only the text, so the spawned Process dies rebuilding its arguments (Pillow 1434)
import queue
from multiprocessing import Process, Queue


class iTXt(str):
    @staticmethod
    def __new__(cls, text, lang, tkey):
        self = str.__new__(cls, text)
        self.lang = lang
        self.tkey = tkey
        return self


class Image:
    def __init__(self, pixels, info):
        self.pixels = pixels
        self.info = info


def open_image():
    return Image([3, 5, 7], {"XML:com.adobe.xmp": iTXt("<x:xmpmeta/>", "", ""), "dpi": (72, 72)})


def mean_pixel(results, image):
    results.put(sum(image.pixels) / len(image.pixels))


if __name__ == "__main__":
    image = open_image()
    results = Queue()
    worker = Process(target=mean_pixel, args=(results, image))  # [PKL005]
    worker.start()
    try:
        print("mean:", results.get(timeout=10))
    except queue.Empty:
        raise SystemExit(f"the worker produced nothing (exit code {worker.exitcode})")
    worker.join()
