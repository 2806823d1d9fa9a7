# runtime: fork=ok spawn=ok forkserver=ok
# summary: the class-based decorator factory records the input type on the function and returns the function itself, so Pool.map pickles it by its own name
import multiprocessing


class appify:
    def __init__(self, input_type):
        self.input_type = input_type

    def __call__(self, func):
        func.input_type = self.input_type
        return func


@appify("sequence")
def count_gc(seq):
    return sum(base in "GC" for base in seq) / len(seq)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count_gc, ["ACGTGC", "AAAT", "GGGC"]))
