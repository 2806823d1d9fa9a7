# runtime: fork=ok spawn=ok forkserver=ok
# summary: the sampler makes the env class it keeps and sends the example observation to a spawned worker; the namedtuple's type name matches its variable, so pickle finds it
import multiprocessing
from collections import namedtuple

Observation = namedtuple("Observation", ["agent_obs", "global_state"])


class MultiAgentEnv:
    def reset(self):
        return Observation(agent_obs=[0.0, 0.0], global_state=(0, 0))


def sample(rank, example, results):
    results.put((rank, len(example.agent_obs)))


class Sampler:
    def __init__(self, env_cls):
        self.env_cls = env_cls

    def initialize(self):
        env = self.env_cls()
        example = env.reset()
        results = multiprocessing.Queue()
        worker = multiprocessing.Process(target=sample, args=(0, example, results))
        worker.start()
        print(results.get(timeout=10))
        worker.join()


if __name__ == "__main__":
    Sampler(MultiAgentEnv).initialize()
