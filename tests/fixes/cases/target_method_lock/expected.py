# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the bound-method target drags its instance and lock along; a function gets just the name
# fix: PKL009 Make the target a module-level function
import multiprocessing
import threading


class Greeter:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()

    def run(self):
        print("hello", self.name, flush=True)


def greeter_run(name):
    print("hello", name, flush=True)


if __name__ == "__main__":
    greeter = Greeter("child")
    process = multiprocessing.Process(target=greeter_run, args=(greeter.name,))
    process.start()
    process.join()
    print("exit code", process.exitcode)
