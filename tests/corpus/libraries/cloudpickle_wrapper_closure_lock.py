# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a SubprocVecEnv copied from baselines wraps each env function in a CloudpickleWrapper whose __getstate__ cloudpickles it; the lambda, built in a trainer's method, captures the trainer and its lock, which cloudpickle copies by value under spawn/forkserver (cyberwheel)
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
                target=_worker, args=(CloudpickleWrapper(fn), child)  # [PKL005]
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
        return SubprocVecEnv([lambda: Env(self.size) for _ in range(count)])


if __name__ == "__main__":
    print(Trainer().build_envs(2).sizes())
