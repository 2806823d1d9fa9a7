# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the Process subclass derives from a spawn context's Process (`_spawn_ctx.Process`) and forwards `target=`/`args=`; the client argument holds a lock, and a spawned child is always pickled, whatever the default start method
import multiprocessing
import threading

_spawn_ctx = multiprocessing.get_context("spawn")


class Client:
    def __init__(self, host):
        self.host = host
        self._pool_lock = threading.Lock()

    def phase(self, name):
        with self._pool_lock:
            return f"{name}: Running"


class CheckingProcess(_spawn_ctx.Process):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


def check_vm(client, name):
    assert client.phase(name).endswith("Running")


if __name__ == "__main__":
    client = Client("https://127.0.0.1:6443")
    proc = CheckingProcess(target=check_vm, args=(client, "vm-0"))  # [PKL005]
    proc.start()
    proc.join()
    print("exit code:", proc.exitcode)
