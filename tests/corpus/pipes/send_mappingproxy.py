# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'mappingproxy' object
# summary: a class __dict__ (a mappingproxy) cannot be sent
import multiprocessing


class Config:
    debug = True


if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe()
    sender.send(vars(Config))  # [PKL004]
    print(receiver.recv())
