# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a wrapper whose __getstate__ serialises its function with plain pickle.dumps: the lambda given to it is looked up by name, which fails under spawn/forkserver whatever it captures
import multiprocessing
import threading

import pickle


class CloudpickleWrapper:
    def __init__(self, fn):
        self.fn = fn

    def __getstate__(self):
        return pickle.dumps(self.fn)

    def __setstate__(self, blob):
        self.fn = pickle.loads(blob)


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
        size = self.size
        return SubprocVecEnv([lambda: Env(size) for _ in range(count)])


if __name__ == "__main__":
    print(Trainer().build_envs(2).sizes())
