# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a getter memoises one client per service in a module dict (`if service not in _clients: _clients[service] = Client(service)`); the client it hands back goes into the queue's jobs and the feeder thread drops them (botocore issue 636's shape, reproduced blind)
import threading
from multiprocessing import Process, Queue

_clients = {}


class StreamClient:
    def __init__(self, service):
        self.service = service
        self._send_lock = threading.Lock()


def get_client(service):
    if service not in _clients:
        _clients[service] = StreamClient(service)
    return _clients[service]


def ship(queue):
    while (job := queue.get()) is not None:
        print("would ship", len(job[2]), "records to", job[1])


if __name__ == "__main__":
    jobs = Queue()
    worker = Process(target=ship, args=(jobs,))
    worker.start()
    client = get_client("kinesis")
    jobs.put((client, "clicks", [b"a", b"b"]))  # [PKL005]
    jobs.put(None)
    worker.join()
    raise SystemExit(0 if worker.exitcode == 0 else 1)
