# runtime: fork=ok spawn=ok forkserver=ok
# summary: the stream decoders of another module keep only the URL and GPU id and open their native decoder inside `run`, so Pool.apply_async pickles plain state
from multiprocessing import Pool

from vpo_stream_decoder import StreamDecoder

URLS = ["rtsp://127.0.0.1/a", "rtsp://127.0.0.1/b"]


def decode_all():
    workers = [StreamDecoder(i % 2, URLS[i % 2], i) for i in range(3)]
    with Pool(2) as pool:
        return [pool.apply_async(worker.run).get(timeout=30) for worker in workers]


if __name__ == "__main__":
    print(decode_all())
