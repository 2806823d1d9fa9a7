# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.beat_interval_option
# summary: a decorator factory replaces each function by an option object keeping the original; an Experiment copies the options with list(options) and goes to a Pool, pickling the originals by names that now hold the option objects
from multiprocessing import Pool


class CommandLineOption:
    def __init__(self, apply_function, short_flag):
        self.apply_function = apply_function
        self.short_flag = short_flag

    def __call__(self, args, run):
        return self.apply_function(args, run)


def cli_option(short_flag):
    def wrapper(function):
        return CommandLineOption(function, short_flag)

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
        print(pool.starmap(run_experiment, [(experiment, {"lr": 0.1})]))  # [PKL005]
