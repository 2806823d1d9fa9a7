# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of optuna-distributed #58: the event loop's _distributable helper returns an instance of a module-level callable class keeping the objective, so the Process target the local manager starts pickles under every start method
from edc_optdist import DistributedStudy


def objective(trial):
    x = trial.suggest_float("x", -10, 10)
    return (x - 2) ** 2


if __name__ == "__main__":
    study = DistributedStudy(seed=0)
    study.optimize(objective, n_trials=4)
    print("best value", round(study.best_value, 4))
