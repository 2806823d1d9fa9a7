# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'method'
# summary: an object-store error's `__init__(response, method, ...)` ends with `self.args = (self.message,)`; a worker raises it, and the parent rebuilds it as `ResponseError(message)`, one argument short (anonlink with minio's ResponseError)
from concurrent.futures import ProcessPoolExecutor


class ResponseError(Exception):
    def __init__(self, response, method, bucket_name=None):
        super().__init__()
        self.response = response
        self.method = method
        self.bucket_name = bucket_name
        self.message = "The specified key does not exist."
        self.args = (self.message,)


def fetch_chunk(bucket, name):
    raise ResponseError(404, "GET", bucket)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(fetch_chunk, "entities", "raw-1")  # [PKL008]
        try:
            print(future.result(timeout=20))
        except ResponseError as error:
            print("failed cleanly:", error.message)
