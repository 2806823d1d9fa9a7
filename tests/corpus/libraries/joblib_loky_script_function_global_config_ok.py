# runtime: fork=ok spawn=ok forkserver=ok
# summary: the script's function reads a global dict of settings and a global compiled pattern: cloudpickle copies both
import re

from joblib import Parallel, delayed

SETTINGS = {"scale": 3}
WORD = re.compile(r"\w+")


def score(text):
    return len(WORD.findall(text)) * SETTINGS["scale"]


if __name__ == "__main__":
    print(Parallel(n_jobs=2)(delayed(score)(t) for t in ["a b", "c"]))
