# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'cv2.SimpleBlobDetector' object
# summary: the worker returns the processor it used, and processing read a lazy property that cached an OpenCV blob detector on it (dials PR 3156, reproduced blind)
import multiprocessing

import cv2
import numpy as np


class Processor:
    def __init__(self, min_area):
        self.min_area = min_area
        self._detector = None

    @property
    def detector(self):
        if self._detector is None:
            params = cv2.SimpleBlobDetector_Params()
            params.minArea = self.min_area
            self._detector = cv2.SimpleBlobDetector_create(params)
        return self._detector

    def process(self, image):
        return len(self.detector.detect(image))


def do_work(index):
    processor = Processor(2.0)
    spots = processor.process(np.zeros((16, 16), np.uint8))
    return index, spots, processor


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(do_work, range(3)))  # [PKL007]
