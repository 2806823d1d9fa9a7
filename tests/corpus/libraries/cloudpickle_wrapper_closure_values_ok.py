# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same copied SubprocVecEnv and CloudpickleWrapper; the lambda captures only the size the trainer keeps, not the trainer, so cloudpickle copies an int with it under every start method
import multiprocessing
import threading

import cloudpickle


class CloudpickleWrapper:
    def __init__(self, fn):
        self.fn = fn

    def __getstate__(self):
        return cloudpickle.dumps(self.fn)

    def __setstate__(self, blob):
        self.fn = cloudpickle.loads(blob)


class Env:
    def __init__(self, size):
        self.size = size


def _worker(env_fn, pipe):
    pipe.send(env_fn.fn().size)
    pipe.close()


class SubprocVecEnv:
    def __init__(self, env_fns):
        self.pipes, self.processes = [], []
        for fn in env_fns:
            parent, child = multiprocessing.Pipe()
            process = multiprocessing.Process(
                target=_worker, args=(CloudpickleWrapper(fn), child)
            )
            process.start()
            self.pipes.append(parent)
            self.processes.append(process)

    def sizes(self):
        found = [pipe.recv() for pipe in self.pipes]
        for process in self.processes:
            process.join()
        return found


class Trainer:
    def __init__(self):
        self.size = 3
        self.stats_lock = threading.Lock()

    def build_envs(self, count):
        size = self.size
        return SubprocVecEnv([lambda: Env(size) for _ in range(count)])


if __name__ == "__main__":
    print(Trainer().build_envs(2).sizes())
