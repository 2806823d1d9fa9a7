# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: each environment function makes its environment and its `Monitor` log file in the worker, so cloudpickle copies a closure over a path string
import os
import tempfile

import gymnasium as gym
from stable_baselines3.common.monitor import Monitor
from stable_baselines3.common.vec_env import SubprocVecEnv


def make_env(log_dir, rank):
    def _init():
        return Monitor(gym.make("CartPole-v1"), os.path.join(log_dir, str(rank)))

    return _init


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as log_dir:
        vec_env = SubprocVecEnv([make_env(log_dir, i) for i in range(2)])
        print(vec_env.reset().shape)
        vec_env.close()
