# runtime: fork=ok spawn=ok forkserver=ok
# summary: a bound-method target of an instance holding plain data pickles fine
import multiprocessing


class Service:
    def __init__(self):
        self.name = "svc"
        self.ports = [80, 443]

    def serve(self):
        print("serving", self.name, self.ports)


if __name__ == "__main__":
    proc = multiprocessing.Process(target=Service().serve)
    proc.start()
    proc.join()
    print("exit", proc.exitcode)
