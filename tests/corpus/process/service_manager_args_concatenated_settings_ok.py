# runtime: fork=ok spawn=ok forkserver=ok
# summary: the service manager's added args carry only the parsed settings (a dict), not the parser, so `args=(cls, i) + args + (queue,)` pickles
import argparse
import multiprocessing as mp


class Config:
    def __init__(self, argv):
        self._parser = argparse.ArgumentParser(prog="conductor")
        self._parser.add_argument("--workers", type=int, default=1)
        self._namespace = self._parser.parse_args(argv)

    @property
    def workers(self):
        return self._namespace.workers

    def settings(self):
        return dict(vars(self._namespace))


class Service:
    def __init__(self, worker_id, settings):
        self.worker_id = worker_id
        self.settings = settings

    def run(self, queue):
        queue.put(f"service {self.worker_id} of {self.settings['workers']}")


def _run_service(service_cls, worker_id, settings, queue):
    service_cls(worker_id, settings).run(queue)


class ServiceManager:
    def __init__(self):
        self._services = []

    def add(self, service_cls, workers, args=()):
        self._services.append((service_cls, workers, args))

    def run(self):
        queue = mp.Queue()
        started = []
        for service_cls, workers, args in self._services:
            for worker_id in range(workers):
                process = mp.Process(target=_run_service, args=(service_cls, worker_id) + args + (queue,))
                process.start()
                started.append(process)
        print(sorted(queue.get(timeout=30) for _ in started))
        for process in started:
            process.join()


if __name__ == "__main__":
    conf = Config(["--workers", "2"])
    manager = ServiceManager()
    manager.add(Service, workers=conf.workers, args=(conf.settings(),))
    manager.run()
