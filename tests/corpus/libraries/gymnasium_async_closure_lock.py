# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Gymnasium AsyncVectorEnv gets lambdas made in a trainer method; cloudpickle copies each with the trainer it captures, lock included, into spawned workers (the default context: fork copies them)
import threading

import gymnasium as gym
from gymnasium.vector import AsyncVectorEnv


class Trainer:
    def __init__(self):
        self.lock = threading.Lock()
        self.env_id = "CartPole-v1"

    def envs(self, n):
        return AsyncVectorEnv([lambda: gym.make(self.env_id) for _ in range(n)])  # [PKL005]


if __name__ == "__main__":
    envs = Trainer().envs(2)
    obs, _ = envs.reset(seed=0)
    print(obs.shape)
    envs.close()
