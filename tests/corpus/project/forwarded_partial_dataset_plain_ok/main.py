# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same partial over a dataset of another module, whose __getstate__ leaves the lock out and __setstate__ makes a new one
from pfo_data import Catalog, Dataset
from pfo_jobs import count_parallel


def main():
    dataset = Dataset("lights", Catalog())
    counts = count_parallel(dataset)
    print(sorted(counts.items()))


if __name__ == "__main__":
    main()
