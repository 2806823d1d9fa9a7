# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda as Process target is pickled only when the child is spawned
import multiprocessing

if __name__ == "__main__":
    proc = multiprocessing.Process(target=lambda: print("child ran"))  # [PKL001]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
