# runtime: fork=ok spawn=ok forkserver=ok
# summary: a file's name and the lines it read are plain values; the file itself stays here
import multiprocessing


def size(name):
    with open(name) as handle:
        return len(handle.read())


if __name__ == "__main__":
    with open(__file__) as handle:
        with multiprocessing.Pool(1) as pool:
            print(pool.apply(size, (handle.name,)))
            print(pool.map(len, handle.readlines()))
