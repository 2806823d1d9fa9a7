# runtime: fork=ok spawn=ok forkserver=ok
# summary: the tasks detect ORB keypoints but return their coordinates as tuples of floats, which pickle
import multiprocessing

import cv2
import numpy as np


def keypoints(seed):
    image = (np.random.default_rng(seed).random((64, 64)) * 255).astype(np.uint8)
    orb = cv2.ORB_create()
    found = orb.detect(image, None)
    return seed, [k.pt for k in found]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print([len(k) for _, k in pool.map(keypoints, range(2))])
