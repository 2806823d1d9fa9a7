# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup s3.Object on boto3.resources.factory failed
# summary: a helper lists a bucket's keys as `s3.Object(bucket, key)` resources of `boto3.resource("s3")` and the script maps a reader over them with a Pool; boto3 builds each resource class at run time, so pickle cannot find `s3.Object` by name (boto3 2311)
import multiprocessing

import boto3


def list_objects(bucket, prefix):
    s3 = boto3.resource(
        "s3", region_name="us-east-1", aws_access_key_id="AKIAEXAMPLE", aws_secret_access_key="x"
    )
    return [s3.Object(bucket, f"{prefix}/part-{i:04d}.json") for i in range(3)]


def object_key(s3_object):
    return s3_object.key


if __name__ == "__main__":
    objects = list_objects("data-lake", "events")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(object_key, objects))  # [PKL004]
