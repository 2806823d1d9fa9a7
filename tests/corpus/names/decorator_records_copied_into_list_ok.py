# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the decorator factory records each option's flag and returns the function itself, so the list the Experiment copies holds module-level functions
from multiprocessing import Pool

FLAGS = {}


def cli_option(short_flag):
    def wrapper(function):
        FLAGS[function.__name__] = short_flag
        return function

    return wrapper


@cli_option("-b")
def beat_interval_option(args, run):
    run["beat_interval"] = float(args)


class Experiment:
    def __init__(self, name, options):
        self.name = name
        self.options = list(options)

    def run(self, config):
        run = {"config": config}
        for option in self.options:
            option("1", run)
        return self.name, sorted(run)


def run_experiment(experiment, config):
    return experiment.run(config)


if __name__ == "__main__":
    experiment = Experiment("mnist", [beat_interval_option])
    with Pool(2) as pool:
        print(pool.starmap(run_experiment, [(experiment, {"lr": 0.1})]))
