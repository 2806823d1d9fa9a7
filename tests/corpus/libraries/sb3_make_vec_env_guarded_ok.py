# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the same script makes its SubprocVecEnv under `if __name__ == "__main__":`, so the forkserver children import it without starting workers
from stable_baselines3.common.env_util import make_vec_env
from stable_baselines3.common.vec_env import SubprocVecEnv

if __name__ == "__main__":
    env = make_vec_env("CartPole-v1", n_envs=2, seed=0, vec_env_cls=SubprocVecEnv)
    print("observations", env.reset().shape)
    env.close()
