# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: `import multiprocessing as mproc` and `from multiprocessing import get_context as ctx` are followed
import multiprocessing as mproc
from multiprocessing import get_context as ctx

if __name__ == "__main__":
    spawner = ctx("forkserver")
    proc = spawner.Process(target=lambda: print("child"))  # [PKL001]
    proc.start()
    proc.join()
    print(mproc.current_process().name)
