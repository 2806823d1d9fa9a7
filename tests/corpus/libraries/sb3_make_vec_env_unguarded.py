# runtime: fork=error spawn=error forkserver=error
# error-contains: bootstrapping phase
# summary: a training script calls `make_vec_env(..., vec_env_cls=SubprocVecEnv)` at module level; Stable-Baselines3 starts its workers by forkserver, whose children import the script again and try to start workers during their bootstrapping (stable-baselines3 993)
from stable_baselines3.common.env_util import make_vec_env
from stable_baselines3.common.vec_env import SubprocVecEnv

env = make_vec_env("CartPole-v1", n_envs=2, seed=0, vec_env_cls=SubprocVecEnv)  # [PKL010]
print("observations", env.reset().shape)
env.close()
