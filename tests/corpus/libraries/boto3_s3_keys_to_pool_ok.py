# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the helper lists plain keys and each worker makes its own `boto3.resource("s3").Object(...)`, so the Pool pickles strings
import multiprocessing

import boto3


def list_keys(prefix):
    return [f"{prefix}/part-{i:04d}.json" for i in range(3)]


def object_key(key):
    s3 = boto3.resource(
        "s3", region_name="us-east-1", aws_access_key_id="AKIAEXAMPLE", aws_secret_access_key="x"
    )
    return s3.Object("data-lake", key).key


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(object_key, list_keys("events")))
