# runtime: fork=error spawn=error forkserver=error
# error-contains: RecursionError
# summary: __getattr__ reading self.values recurses on the empty instance unpickling builds; the task never comes back
import multiprocessing


class Settings:
    def __init__(self, values):
        self.values = values

    def __getattr__(self, name):
        return self.values[name]


def depth(settings):
    return settings.depth


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map_async(depth, [Settings({"depth": 3})]).get(timeout=5))  # [PKL005]
