# runtime: fork=ok spawn=ok forkserver=ok
# summary: the tasks list and the generator function carry only names and numbers: every task pickles
from joblib import Parallel, delayed


def work(i, label):
    return f"{label}{i}"


def make_tasks(n, label):
    for i in range(n):
        yield delayed(work)(i, label)


if __name__ == "__main__":
    tasks = [delayed(work)(i, "a") for i in range(2)]
    tasks.append(delayed(work)(9, "b"))
    print(Parallel(n_jobs=2)(tasks))
    print(Parallel(n_jobs=2)(make_tasks(2, "c")))
