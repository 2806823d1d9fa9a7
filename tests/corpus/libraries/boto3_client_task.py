# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup S3 on botocore.client failed
# summary: a boto3 client's class is made at run time, so the client cannot be pickled to a task
import concurrent.futures

import boto3


def bucket_url(client, bucket):
    return f"{client.meta.endpoint_url}/{bucket}"


if __name__ == "__main__":
    s3 = boto3.client("s3", region_name="us-east-1")
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        print(pool.submit(bucket_url, s3, "photos").result())  # [PKL004]
