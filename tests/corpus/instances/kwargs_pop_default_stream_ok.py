# runtime: fork=ok spawn=ok forkserver=ok
# summary: django-q2 #72 look-alike: every console e-mail backend is built with an io.StringIO stream, so kwargs.pop("stream", sys.stdout) never keeps the default and the dict async_task queues pickles
import io
import multiprocessing
import queue
import sys


class ConsoleEmailBackend:
    def __init__(self, *args, **kwargs):
        self.stream = kwargs.pop("stream", sys.stdout)
        self.fail_silently = kwargs.pop("fail_silently", False)

    def send_messages(self, messages):
        for message in messages:
            self.stream.write("Subject: %s\n" % message["subject"])
        return len(messages)


def async_task(task_queue, func_name, *args, **kwargs):
    task_queue.put({"func": func_name, "args": args, "kwargs": kwargs})


def cluster_worker(task_queue):
    try:
        task = task_queue.get(timeout=1)
    except queue.Empty:
        raise RuntimeError("worker received no task")
    backend = task["kwargs"]["connection"]
    print("worker sent", backend.send_messages(task["args"][0]), "message(s) for", task["func"])


if __name__ == "__main__":
    task_queue = multiprocessing.Queue()
    worker = multiprocessing.Process(target=cluster_worker, args=(task_queue,))
    worker.start()
    backend = ConsoleEmailBackend(stream=io.StringIO())
    async_task(task_queue, "send_mail", [{"subject": "welcome"}], connection=backend)
    worker.join()
    if worker.exitcode != 0:
        raise SystemExit("worker exit code %s" % worker.exitcode)
