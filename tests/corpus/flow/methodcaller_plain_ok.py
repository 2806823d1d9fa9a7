# runtime: fork=ok spawn=ok forkserver=ok
# summary: methodcaller and itemgetter with plain arguments pickle fine as the worker function
import multiprocessing
import operator


if __name__ == "__main__":
    rows = [{"name": " ann "}, {"name": "bob"}]
    names = list(map(operator.itemgetter("name"), rows))
    with multiprocessing.Pool(2) as pool:
        print(pool.map(operator.methodcaller("strip"), names))
        print(pool.map(operator.methodcaller("replace", "a", "A"), names))
        print(pool.map(operator.itemgetter(0), names))
