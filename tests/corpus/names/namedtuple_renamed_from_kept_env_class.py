# runtime: fork=ok spawn=error forkserver=error
# error-contains: attribute lookup Observation on
# summary: the sampler keeps the env class it is given and makes one (`env = self.env_cls()`); the env's reset returns a namedtuple whose type name differs from its variable, and the example observation goes to spawned workers (rlpyt 14)
import multiprocessing
from collections import namedtuple

GlobalObservation = namedtuple("Observation", ["agent_obs", "global_state"])


class MultiAgentEnv:
    def reset(self):
        return GlobalObservation(agent_obs=[0.0, 0.0], global_state=(0, 0))


def sample(rank, example, results):
    results.put((rank, len(example.agent_obs)))


class Sampler:
    def __init__(self, env_cls):
        self.env_cls = env_cls

    def initialize(self):
        env = self.env_cls()
        example = env.reset()
        results = multiprocessing.Queue()
        worker = multiprocessing.Process(target=sample, args=(0, example, results))  # [PKL014]
        worker.start()
        print(results.get(timeout=10))
        worker.join()


if __name__ == "__main__":
    Sampler(MultiAgentEnv).initialize()
