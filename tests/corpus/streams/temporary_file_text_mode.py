# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a temporary file opened in text mode ("w+") given with each task: a TextIOWrapper, not the default binary BufferedRandom
import multiprocessing
import tempfile


def count(args):
    stream, n = args
    return n


if __name__ == "__main__":
    with tempfile.TemporaryFile("w+") as out:
        with multiprocessing.Pool(2) as pool:
            print(pool.map(count, [(out, i) for i in range(3)]))  # [PKL004]
