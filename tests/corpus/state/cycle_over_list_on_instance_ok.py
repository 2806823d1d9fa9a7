# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same data generator cycles over a list the stream was read into, the fix inference-perf took: cycle pickles the list (Python 3.11 to 3.13) and the workers start
import itertools
import multiprocessing as mp


def stream_dataset(n=5):
    for i in range(n):
        yield {"prompt": "conversation %d" % i, "max_tokens": 16 + i}


class ShareGPTDataGenerator:
    def __init__(self, api_type="completion"):
        self.api_type = api_type
        self.sharegpt_dataset = itertools.cycle(list(stream_dataset()))

    def get_data(self):
        return next(self.sharegpt_dataset)


class Worker(mp.Process):
    def __init__(self, worker_id, datagen, request_queue, result_queue):
        super().__init__()
        self.worker_id = worker_id
        self.datagen = datagen
        self.request_queue = request_queue
        self.result_queue = result_queue

    def run(self):
        while True:
            item = self.request_queue.get()
            if item is None:
                break
            self.result_queue.put((self.worker_id, item["prompt"]))


if __name__ == "__main__":
    datagen = ShareGPTDataGenerator()
    requests, results = mp.Queue(), mp.Queue()
    workers = [Worker(i, datagen, requests, results) for i in range(2)]
    for w in workers:
        w.start()
    for _ in range(4):
        requests.put(datagen.get_data())
    for _ in workers:
        requests.put(None)
    print(sorted(results.get()[1] for _ in range(4)))
    for w in workers:
        w.join()
