# runtime: fork=ok spawn=ok forkserver=ok
# summary: the environment pickles only its constructor arguments (the EzPickle pattern) and __setstate__ builds a new one and takes its __dict__, simulator included, so the child's copy has `sim` (robohive 12)
import multiprocessing
import threading


class Simulator:
    def __init__(self, model_path):
        self.model_path = model_path
        self.position = 0.0
        self._lock = threading.Lock()

    def step(self, control):
        with self._lock:
            self.position += 0.01 * control
        return self.position


class EzPickle:
    def __init__(self, *args, **kwargs):
        self._ezpickle_args = args
        self._ezpickle_kwargs = kwargs

    def __getstate__(self):
        return {"_ezpickle_args": self._ezpickle_args, "_ezpickle_kwargs": self._ezpickle_kwargs}

    def __setstate__(self, state):
        rebuilt = type(self)(*state["_ezpickle_args"], **state["_ezpickle_kwargs"])
        self.__dict__.update(rebuilt.__dict__)


class ReachEnv(EzPickle):
    def __init__(self, model_path, frame_skip=5):
        EzPickle.__init__(self, model_path, frame_skip=frame_skip)
        self.sim = Simulator(model_path)
        self.frame_skip = frame_skip

    def step(self, control):
        for _ in range(self.frame_skip):
            position = self.sim.step(control)
        return position


def rollout(env, results):
    results.put(round(env.step(1.0), 3))


if __name__ == "__main__":
    env = ReachEnv("finger.xml")
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=rollout, args=(env, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    print(sorted(results.get(timeout=10) for _ in workers))
    for worker in workers:
        worker.join()
