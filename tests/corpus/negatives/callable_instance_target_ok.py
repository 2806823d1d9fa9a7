# runtime: fork=ok spawn=ok forkserver=ok
# summary: a callable instance of a module-level class with plain state is a valid target
import multiprocessing


class Greeter:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        print("hello", self.name)


if __name__ == "__main__":
    proc = multiprocessing.Process(target=Greeter("world"))
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
