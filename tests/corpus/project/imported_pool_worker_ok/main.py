# runtime: fork=ok spawn=ok forkserver=ok
# summary: the pool gets a bound method of an object from a sibling module whose __getstate__ drops the lock and whose lambda is a module-level function
import multiprocessing

from ipw_scoring import Scorer

if __name__ == "__main__":
    scorer = Scorer(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scorer.score, [1, 2, 3]))
