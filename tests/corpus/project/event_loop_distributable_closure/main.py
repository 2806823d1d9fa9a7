# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object '_distributable.<locals>._wrapper'
# summary: the event loop (one module) wraps the objective with a decorator-style helper returning a nested _wrapper, and the local manager (another module) passes it as Process target; spawn/forkserver must pickle the closure (optuna-distributed #58, reproduced blind)
from eld_optdist import DistributedStudy


def objective(trial):
    x = trial.suggest_float("x", -10, 10)
    return (x - 2) ** 2


if __name__ == "__main__":
    study = DistributedStudy(seed=0)
    study.optimize(objective, n_trials=4)
    print("best value", round(study.best_value, 4))
