# runtime: fork=ok spawn=ok forkserver=ok
# summary: in-memory io.StringIO and io.BytesIO buffers are picklable, unlike real files
import io
import multiprocessing


def read(buffer):
    return buffer.getvalue()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(read, [io.StringIO("text"), io.BytesIO(b"bytes")]))
