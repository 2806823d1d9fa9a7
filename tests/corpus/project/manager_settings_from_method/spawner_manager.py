import multiprocessing


def worker_serve(host, port, ssl=None):
    print(f"worker serving {host}:{port} tls={ssl is not None}")


class WorkerManager:
    def __init__(self, number, serve, server_settings):
        self.context = multiprocessing.get_context("spawn")
        self.serve = serve
        self.server_settings = server_settings
        self.processes = [
            self.context.Process(target=self.serve, kwargs=self.server_settings)
            for _ in range(number)
        ]

    def run(self):
        for process in self.processes:
            process.start()
        for process in self.processes:
            process.join()
