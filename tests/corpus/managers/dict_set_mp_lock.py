# runtime: fork=error spawn=error forkserver=error
# error-contains: Lock objects should only be shared between processes through inheritance
# summary: a multiprocessing.Lock stored in a Manager dict is a primitive outside inheritance
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        shared["lock"] = multiprocessing.Lock()  # [PKL006]
        print(len(shared))
