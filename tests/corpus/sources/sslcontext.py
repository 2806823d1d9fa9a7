# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'SSLContext' object
# summary: an ssl.SSLContext sent to a Pool task fails
import multiprocessing
import ssl


def describe(context):
    return type(context).__name__


if __name__ == "__main__":
    context = ssl.create_default_context()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (context,)))  # [PKL004]
