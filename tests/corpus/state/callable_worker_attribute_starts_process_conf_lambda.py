# runtime: fork=ok spawn=error forkserver=error
# error-contains: attribute lookup <lambda> on __main__ failed
# summary: a runner calls self.worker(self.conf, names) where self.worker = Worker() and Worker.__call__ starts Process(target=self.calc, args=(conf, ...)) with calc a staticmethod; the conf holds a lambda
import multiprocessing


class Config:
    def __init__(self, scale, transform):
        self.scale = scale
        self.transform = transform


class Worker:
    def __call__(self, conf, names):
        queue = multiprocessing.Queue()
        procs = [multiprocessing.Process(target=self.calc, args=(conf, name, queue)) for name in names]  # [PKL005]
        for proc in procs:
            proc.start()
        results = sorted(queue.get(timeout=10) for _ in procs)
        for proc in procs:
            proc.join()
        return results

    @staticmethod
    def calc(conf, name, queue):
        queue.put((name, conf.transform(len(name) * conf.scale)))


class Runner:
    def __init__(self, conf):
        self.conf = conf
        self.worker = Worker()

    def run(self, names):
        return self.worker(self.conf, names)


if __name__ == "__main__":
    runner = Runner(Config(scale=2, transform=lambda value: value + 1))
    print(runner.run(["alpha", "beta"]))
