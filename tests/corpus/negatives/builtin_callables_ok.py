# runtime: fork=ok spawn=ok forkserver=ok
# summary: builtins, method descriptors and operator helpers pickle by reference
import multiprocessing
import operator

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(len, ["a", "bb"]))
        print(pool.map(str.upper, ["a", "b"]))
        print(pool.map(operator.itemgetter(0), [(1, 2), (3, 4)]))
        print(pool.starmap(operator.add, [(1, 2)]))
