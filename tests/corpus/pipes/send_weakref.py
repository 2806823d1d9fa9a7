# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: Connection.send of a weak reference fails immediately
import multiprocessing
import weakref


class Node:
    pass


if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe()
    node = Node()
    sender.send(weakref.ref(node))  # [PKL004]
    print(receiver.recv())
