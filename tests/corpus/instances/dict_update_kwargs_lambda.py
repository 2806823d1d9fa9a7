# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: keyword arguments stored with self.__dict__.update(options) are attributes: the lambda goes too
import multiprocessing


class Options:
    def __init__(self, **settings):
        self.__dict__.update(settings)


def scaled(options):
    return options.scale


if __name__ == "__main__":
    options = Options(scale=2, post=lambda value: value + 1)
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(scaled, (options,)))  # [PKL005]
