# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'Point' on <module '__mp_main__'
# summary: an instance of a class defined under the main guard cannot be rebuilt in a spawned child
import multiprocessing


def show(point):
    print("point", point.x)


if __name__ == "__main__":

    class Point:
        def __init__(self, x):
            self.x = x

    proc = multiprocessing.Process(target=show, args=(Point(1),))  # [PKL003]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
