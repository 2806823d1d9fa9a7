import multiprocessing


class WorkerProcess(multiprocessing.Process):
    def __init__(self, bot, jobs, results):
        super().__init__(name="bot-worker")
        self.bot = bot
        self.jobs = jobs
        self.results = results

    def run(self):
        while (text := self.jobs.get(timeout=10)) is not None:
            self.results.put(self.bot.process(text))


class Runner:
    def __init__(self, bot, workers=2):
        self.bot = bot
        self.workers = workers

    def run(self, texts):
        jobs, results = multiprocessing.Queue(), multiprocessing.Queue()
        workers = [WorkerProcess(self.bot, jobs, results) for _ in range(self.workers)]  # [PKL005]
        for worker in workers:
            worker.start()
        for text in texts:
            jobs.put(text)
        for _ in workers:
            jobs.put(None)
        replies = [results.get(timeout=10) for _ in texts]
        for worker in workers:
            worker.join(timeout=10)
        return replies
