# runtime: fork=ok spawn=ok forkserver=ok
# summary: a process's arguments hold only multiprocessing primitives (a queue and an event), which travel to the child it starts
import multiprocessing


class Channel:
    def __init__(self, results, done):
        self.results = results
        self.done = done


def run(channel):
    channel.results.put("ready")
    channel.done.set()


if __name__ == "__main__":
    channel = Channel(multiprocessing.Queue(), multiprocessing.Event())
    process = multiprocessing.Process(target=run, args=(channel,))
    process.start()
    print(channel.results.get(timeout=10))
    channel.done.wait(10)
    process.join()
