# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: make_vec_env(..., vec_env_cls=SubprocVecEnv, env_kwargs={...}) builds each environment function around env_kwargs; the lock in them is cloudpickled for the forkserver workers Stable-Baselines3 starts
import threading

import gymnasium as gym
import numpy as np
from stable_baselines3.common.env_util import make_vec_env
from stable_baselines3.common.vec_env import SubprocVecEnv


class CounterEnv(gym.Env):
    observation_space = gym.spaces.Box(0.0, 10.0, (1,), np.float32)
    action_space = gym.spaces.Discrete(2)

    def __init__(self, guard=None):
        self.guard = guard
        self.count = 0.0

    def reset(self, *, seed=None, options=None):
        super().reset(seed=seed)
        self.count = 0.0
        return np.array([self.count], np.float32), {}

    def step(self, action):
        self.count += action
        return np.array([self.count], np.float32), 1.0, self.count >= 5, False, {}


if __name__ == "__main__":
    envs = make_vec_env(
        CounterEnv,
        n_envs=1,
        vec_env_cls=SubprocVecEnv,
        env_kwargs={"guard": threading.Lock()},  # [PKL004]
    )
    print(envs.reset().shape)
    envs.close()
