# runtime: fork=error spawn=error forkserver=error
# error-contains: Cannot pickle files that are not opened for reading: w
# summary: a helper makes each environment first, wraps it in Stable-Baselines3's `Monitor` with a log file, and hands SubprocVecEnv `lambda env=env: env`; cloudpickle copies the lambda with the premade Monitor, whose results writer holds the log file opened to write (stable-baselines 577)
import os
import tempfile

import gymnasium as gym
from stable_baselines3.common.monitor import Monitor
from stable_baselines3.common.vec_env import SubprocVecEnv


def build_envs(log_dir, count):
    env_fns = []
    for i in range(count):
        env = Monitor(gym.make("CartPole-v1"), os.path.join(log_dir, str(i)), allow_early_resets=True)
        env_fns.append(lambda env=env: env)
    return env_fns


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as log_dir:
        vec_env = SubprocVecEnv(build_envs(log_dir, 2))  # [PKL004]
        print(vec_env.reset().shape)
        vec_env.close()
