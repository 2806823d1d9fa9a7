# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the error sets `self.args` to all its constructor arguments, so the parent rebuilds it and catches it
from concurrent.futures import ProcessPoolExecutor


class ResponseError(Exception):
    def __init__(self, response, method, bucket_name=None):
        super().__init__()
        self.response = response
        self.method = method
        self.bucket_name = bucket_name
        self.message = "The specified key does not exist."
        self.args = (response, method, bucket_name)


def fetch_chunk(bucket, name):
    raise ResponseError(404, "GET", bucket)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(fetch_chunk, "entities", "raw-1")
        try:
            print(future.result(timeout=20))
        except ResponseError as error:
            print("failed cleanly:", error.message)
