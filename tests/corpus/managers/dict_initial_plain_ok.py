# runtime: fork=ok spawn=ok forkserver=ok
# summary: plain initial contents of manager.dict(...) and manager.list(...) pickle (negative of dict_initial_lambda)
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        counts = manager.dict({"done": 0}, failed=0)
        names = manager.list(["a", "b"])
        print(len(counts), len(names))
