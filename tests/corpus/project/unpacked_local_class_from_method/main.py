# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Splitter.split.<locals>.Part'
# summary: `train, test = Splitter(rows).split()` unpacks instances of a class defined inside the method of a sibling module; Pool.map pickles the bound method `train.score` with its instance (ATFM 1)
import multiprocessing

from splitload import Splitter

if __name__ == "__main__":
    train, test = Splitter([1, 2, 3, 4, 5, 6, 7, 8]).split()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(train.score, [1, 2, 3]))  # [PKL009]
