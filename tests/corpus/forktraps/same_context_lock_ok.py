# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Lock and the Process that receives it come from the same context: inheritance works, and a spawn lock into a fork child is inherited as is
import multiprocessing


def work(lock):
    with lock:
        print("locked")


if __name__ == "__main__":
    spawn = multiprocessing.get_context("spawn")
    for lock, context in ((spawn.Lock(), spawn), (spawn.Lock(), multiprocessing.get_context("fork"))):
        child = context.Process(target=work, args=(lock,))
        child.start()
        child.join()
