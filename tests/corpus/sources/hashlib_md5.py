# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_hashlib.HASH' object
# summary: hashlib objects in Pool tasks fail
import hashlib
import multiprocessing


def finish(digest):
    return digest.hexdigest()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(finish, [hashlib.md5(b"a"), hashlib.md5(b"b")]))  # [PKL004]
