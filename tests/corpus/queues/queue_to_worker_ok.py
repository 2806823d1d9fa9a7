# runtime: fork=ok spawn=ok forkserver=ok
# summary: plain data through a Queue between parent and child works
import multiprocessing


def produce(channel):
    for i in range(3):
        channel.put({"i": i, "square": i * i})


if __name__ == "__main__":
    channel = multiprocessing.Queue()
    proc = multiprocessing.Process(target=produce, args=(channel,))
    proc.start()
    print([channel.get(timeout=10) for _ in range(3)])
    proc.join()
