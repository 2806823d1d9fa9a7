# runtime: fork=ok spawn=ok forkserver=ok
# summary: ctypes Structures of plain numbers and a fixed array pickle by their buffer
import ctypes
import multiprocessing


class Pixel(ctypes.Structure):
    _fields_ = [("rgb", ctypes.c_uint8 * 3), ("alpha", ctypes.c_float)]


def brightness(pixel):
    return sum(pixel.rgb) // 3


if __name__ == "__main__":
    pixels = [Pixel((ctypes.c_uint8 * 3)(i, i * 2, i * 3), 1.0) for i in range(4)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(brightness, pixels))
