# runtime: fork=error spawn=error forkserver=error
# error-contains: Cannot pickle files that are not opened for reading: w
# summary: a helper builds one environment function per worker as `lambda log=log: make_env(log)` around a log it opened for writing; SubprocVecEnv's cloudpickle copies each lambda with its default, and refuses the written file (stable-baselines 577)
import os
import tempfile

import gymnasium as gym
from stable_baselines3.common.vec_env import SubprocVecEnv


def make_env(log):
    log.write("episode start\n")
    return gym.make("CartPole-v1")


def build_env_fns(log_dir, count):
    env_fns = []
    for i in range(count):
        log = open(os.path.join(log_dir, f"{i}.monitor.csv"), "w")
        env_fns.append(lambda log=log: make_env(log))
    return env_fns


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as log_dir:
        env = SubprocVecEnv(build_env_fns(log_dir, 2))  # [PKL004]
        print(env.reset().shape)
        env.close()
