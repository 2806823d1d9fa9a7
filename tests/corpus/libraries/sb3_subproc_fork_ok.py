# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same trainer, but SubprocVecEnv(start_method="fork"): the workers are forked copies and nothing is pickled on the way in
import threading

import gymnasium as gym
from stable_baselines3.common.vec_env import SubprocVecEnv


class Trainer:
    def __init__(self):
        self.lock = threading.Lock()
        self.env_id = "CartPole-v1"

    def envs(self, n):
        return SubprocVecEnv([lambda: gym.make(self.env_id) for _ in range(n)], start_method="fork")


if __name__ == "__main__":
    envs = Trainer().envs(1)
    print(envs.reset().shape)
    envs.close()
