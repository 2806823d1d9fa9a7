# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: `out.write` is a method bound to the open file: pickling it pickles the file
import multiprocessing

if __name__ == "__main__":
    with open("/dev/null", "w") as out:
        with multiprocessing.Pool(2) as pool:
            print(pool.map(out.write, ["a", "b"]))  # [PKL009]
