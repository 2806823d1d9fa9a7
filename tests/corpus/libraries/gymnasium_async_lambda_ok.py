# runtime: fork=ok spawn=ok forkserver=ok
# summary: Gymnasium AsyncVectorEnv gets lambdas and a local function; its CloudpickleWrapper copies them by value under every start method, so what plain pickle refuses passes here (gym 1542)
import gymnasium as gym
from gymnasium.vector import AsyncVectorEnv


def build(env_id, count):
    def make_env():
        return gym.make(env_id)

    return AsyncVectorEnv([make_env] + [lambda: gym.make(env_id) for _ in range(count - 1)])


if __name__ == "__main__":
    envs = build("CartPole-v1", 2)
    observations, _ = envs.reset(seed=0)
    print(observations.shape)
    envs.close()
