# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup c_char_Array_64 on ctypes failed
# summary: stream decoders of another module are built in a list comprehension and each `worker.run` goes to Pool.apply_async; the bound method carries the decoder's ctypes string buffer, an array type pickle cannot find (VideoProcessingFramework 62)
from multiprocessing import Pool

from vpf_stream_decoder import StreamDecoder

URLS = ["rtsp://127.0.0.1/a", "rtsp://127.0.0.1/b"]


def decode_all():
    workers = [StreamDecoder(i % 2, URLS[i % 2], i) for i in range(3)]
    with Pool(2) as pool:
        return [pool.apply_async(worker.run).get(timeout=30) for worker in workers]  # [PKL009]


if __name__ == "__main__":
    print(decode_all())
