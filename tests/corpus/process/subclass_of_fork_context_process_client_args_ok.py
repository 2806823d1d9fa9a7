# runtime: fork=ok spawn=ok forkserver=ok
# summary: the Process subclass derives from a fork context's Process (`_fork_ctx.Process`) and forwards `target=`/`args=`; its client argument holds a lock, but a forked child is never pickled, whatever the default start method (openshift-virtualization-tests 2563)
import multiprocessing
import threading

_fork_ctx = multiprocessing.get_context("fork")


class Client:
    def __init__(self, host):
        self.host = host
        self._pool_lock = threading.Lock()

    def phase(self, name):
        with self._pool_lock:
            return f"{name}: Running"


class ProcessWithException(_fork_ctx.Process):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._parent_end, self._child_end = _fork_ctx.Pipe()

    def run(self):
        try:
            super().run()
            self._child_end.send(None)
        except Exception as error:
            self._child_end.send(repr(error))

    def exception(self):
        return self._parent_end.recv() if self._parent_end.poll(10) else "no answer"


def check_vm(client, name):
    assert client.phase(name).endswith("Running")


if __name__ == "__main__":
    client = Client("https://127.0.0.1:6443")
    procs = [ProcessWithException(target=check_vm, args=(client, f"vm-{i}")) for i in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    print("exceptions:", [proc.exception() for proc in procs])
