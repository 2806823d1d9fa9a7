import multiprocessing
import threading


class Greeter:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()


def greet(name):
    print("hello", name, flush=True)


if __name__ == "__main__":
    greeter = Greeter("child")
    process = multiprocessing.Process(target=greet, args=(greeter.name,))
    process.start()
    process.join()
    print("exit code", process.exitcode)
