# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda in the initial contents of manager.dict(...) cannot reach the manager process
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        handlers = manager.dict({"on_done": lambda: None})  # [PKL001]
        print(len(handlers))
