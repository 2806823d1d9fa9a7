# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'cv2.KeyPoint' object
# summary: each task detects ORB keypoints in its image and returns them; OpenCV's KeyPoint objects cannot be pickled back to the parent
import multiprocessing

import cv2
import numpy as np


def keypoints(seed):
    image = (np.random.default_rng(seed).random((64, 64)) * 255).astype(np.uint8)
    orb = cv2.ORB_create()
    found = orb.detect(image, None)
    return seed, found


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print([len(k) for _, k in pool.map(keypoints, range(2))])  # [PKL007]
