# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Stable-Baselines3 SubprocVecEnv starts its workers by forkserver (spawn on Windows) whatever the platform default; the lambdas capture a trainer holding a lock, which cloudpickle copies and refuses
import threading

import gymnasium as gym
from stable_baselines3.common.vec_env import SubprocVecEnv


class Trainer:
    def __init__(self):
        self.lock = threading.Lock()
        self.env_id = "CartPole-v1"

    def envs(self, n):
        return SubprocVecEnv([lambda: gym.make(self.env_id) for _ in range(n)])  # [PKL005]


if __name__ == "__main__":
    envs = Trainer().envs(1)
    print(envs.reset().shape)
    envs.close()
