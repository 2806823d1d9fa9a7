# runtime: fork=ok spawn=ok forkserver=ok
# summary: `train, test = Splitter(rows).split()` unpacks instances of a module-level class of a sibling module: Pool.map pickles the bound method `train.score` and its instance by reference to the class
import multiprocessing

from splitload_ok import Splitter

if __name__ == "__main__":
    train, test = Splitter([1, 2, 3, 4, 5, 6, 7, 8]).split()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(train.score, [1, 2, 3]))
