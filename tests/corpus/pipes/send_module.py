# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a module object sent through a Pipe fails
import json
import multiprocessing

if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe()
    sender.send(json)  # [PKL004]
    print(receiver.recv())
