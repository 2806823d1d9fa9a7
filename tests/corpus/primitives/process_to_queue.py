# runtime: fork=error spawn=error forkserver=error
# error-contains: Pickling an AuthenticationString object is disallowed
# summary: a Process object sent through a SimpleQueue fails on its authkey
import multiprocessing


def idle():
    pass


if __name__ == "__main__":
    proc = multiprocessing.Process(target=idle)
    channel = multiprocessing.SimpleQueue()
    channel.put(proc)  # [PKL011]
    print(channel.get())
