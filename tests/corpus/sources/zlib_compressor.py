# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'zlib.Compress' object
# summary: a zlib compressor object keeps C state and cannot be pickled
import multiprocessing
import zlib


def pack(compressor, data):
    return compressor.compress(data) + compressor.flush()


if __name__ == "__main__":
    compressor = zlib.compressobj(9)
    with multiprocessing.Pool(2) as pool:
        print(len(pool.apply(pack, (compressor, b"abc" * 100))))  # [PKL004]
