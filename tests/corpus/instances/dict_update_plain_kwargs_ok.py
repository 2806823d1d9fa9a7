# runtime: fork=ok spawn=ok forkserver=ok
# summary: plain keyword arguments stored with self.__dict__.update(options) pickle
import multiprocessing


class Options:
    def __init__(self, **settings):
        self.__dict__.update(settings)


def scaled(options):
    return options.scale


if __name__ == "__main__":
    options = Options(scale=2, post="increment")
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(scaled, (options,)))
