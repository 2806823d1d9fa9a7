# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'cv2.VideoCapture' object
# summary: a reader keeping its cv2.VideoCapture is pickled with the bound method a Process runs
import multiprocessing
import os
import tempfile

import cv2


class Reader:
    def __init__(self, path):
        self.path = path
        self.capture = cv2.VideoCapture(path)

    def run(self):
        print(os.path.basename(self.path), self.capture.isOpened())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        reader = Reader(os.path.join(folder, "missing.mp4"))
        p = multiprocessing.Process(target=reader.run)  # [PKL009]
        p.start()
        p.join()
        reader.capture.release()
