# runtime: fork=hang spawn=hang forkserver=hang
# summary: a lambda put on a Queue is dropped by the feeder thread; a consumer without timeout waits forever
import multiprocessing


def consume(channel):
    print(channel.get())


if __name__ == "__main__":
    channel = multiprocessing.Queue()
    proc = multiprocessing.Process(target=consume, args=(channel,))
    proc.start()
    channel.put(lambda: 1)  # [PKL001]
    proc.join()
