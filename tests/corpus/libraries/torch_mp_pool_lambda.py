# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: torch.multiprocessing is multiprocessing with tensor sharing: the same pickle, so a lambda worker fails
import torch.multiprocessing as mp

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(lambda x: x + 1, range(3)))  # [PKL001]
