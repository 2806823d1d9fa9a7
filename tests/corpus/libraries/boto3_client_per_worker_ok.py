# runtime: fork=ok spawn=ok forkserver=ok
# summary: each worker makes its own boto3 client in the pool's initializer; only names are sent
import concurrent.futures

import boto3

CLIENT = None


def connect(region):
    global CLIENT
    CLIENT = boto3.client("s3", region_name=region)


def bucket_url(bucket):
    return f"{CLIENT.meta.endpoint_url}/{bucket}"


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(
        1, initializer=connect, initargs=("us-east-1",)
    ) as pool:
        print(list(pool.map(bucket_url, ["photos"])))
