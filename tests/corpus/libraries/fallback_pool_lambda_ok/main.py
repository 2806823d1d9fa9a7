# runtime: fork=ok spawn=ok forkserver=ok
# summary: a sibling module takes multiprocess's Pool when installed (multiprocessing's as a fallback) and maps a lambda: dill pickles it
from fpl_pools import Runner

if __name__ == "__main__":
    print(Runner().map(abs, [1, -2]))
