# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a Dataset of a package keeps a threading.Lock; count_parallel of another module binds the dataset it is given into a functools.partial that Pool.map pickles (tensorbay-python-sdk 545)
from pfw_data import Catalog, Dataset
from pfw_jobs import count_parallel


def main():
    dataset = Dataset("lights", Catalog())
    counts = count_parallel(dataset)  # [PKL005]
    print(sorted(counts.items()))


if __name__ == "__main__":
    main()
