# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same fallback pool given a lock in each task: dill pickles a threading lock (as a new lock), so multiprocess runs it
from fpk_pools import Runner

if __name__ == "__main__":
    print(Runner().map([1, 2]))
