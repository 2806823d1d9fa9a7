# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: `header, *parts = open_parts(paths)`: the rest of the opened files goes to Pool.map as its items
import multiprocessing
import os
import tempfile


def open_parts(paths):
    return [open(path, "rb") for path in paths]


def size(stream):
    return len(stream.read())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, blob in enumerate([b"HDR", b"abc", b"de"]):
            paths.append(os.path.join(folder, f"part{index}"))
            with open(paths[-1], "wb") as out:
                out.write(blob)
        header, *parts = open_parts(paths)
        print(header.read())
        with multiprocessing.Pool(2) as pool:
            print(pool.map(size, parts))  # [PKL004]
        for stream in [header, *parts]:
            stream.close()
