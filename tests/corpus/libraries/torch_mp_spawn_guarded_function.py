# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't get attribute 'train'
# summary: torch.multiprocessing.spawn always uses spawn: a function defined under the __main__ guard is missing in the children whatever the platform
import torch.multiprocessing as mp

if __name__ == "__main__":

    def train(rank, size):
        print(rank, size)

    mp.spawn(train, args=(2,), nprocs=2)  # [PKL003]
