# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: an instance carrying an mp.Condition as attribute cannot be a Pool task
import multiprocessing


class Gate:
    def __init__(self):
        self.name = "gate"
        self.ready = multiprocessing.Condition()


def name(gate):
    return gate.name


if __name__ == "__main__":
    gate = Gate()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(name, (gate,)))  # [PKL005]
