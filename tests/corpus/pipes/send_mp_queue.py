# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: an mp.Queue sent through a Pipe is a primitive outside inheritance
import multiprocessing

if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe()
    channel = multiprocessing.Queue()
    sender.send(channel)  # [PKL006]
    print(receiver.recv())
