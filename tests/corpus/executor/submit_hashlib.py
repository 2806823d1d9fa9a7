# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_hashlib.HASH' object
# summary: a hashlib object sent to an executor worker fails
import hashlib
from concurrent.futures import ProcessPoolExecutor


def finish(digest):
    return digest.hexdigest()


if __name__ == "__main__":
    digest = hashlib.sha256(b"data")
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(finish, digest).result(timeout=10))  # [PKL004]
