# runtime: fork=ok spawn=ok forkserver=ok
# summary: the memoising getter keeps plain settings dicts per service in its module dict; what it hands back pickles
from multiprocessing import Process, Queue

_settings = {}


def get_settings(service):
    if service not in _settings:
        _settings[service] = {"service": service, "region": "eu-west-1"}
    return _settings[service]


def ship(queue):
    while (job := queue.get()) is not None:
        print("would ship", len(job[2]), "records to", job[1], "in", job[0]["region"])


if __name__ == "__main__":
    jobs = Queue()
    worker = Process(target=ship, args=(jobs,))
    worker.start()
    jobs.put((get_settings("kinesis"), "clicks", [b"a", b"b"]))
    jobs.put(None)
    worker.join()
