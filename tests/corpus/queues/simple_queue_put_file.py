# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: SimpleQueue.put pickles in the calling thread and raises at once
import multiprocessing
import os

if __name__ == "__main__":
    channel = multiprocessing.SimpleQueue()
    with open(os.devnull) as stream:
        channel.put(stream)  # [PKL004]
    print(channel.get())
