# runtime: fork=ok spawn=ok forkserver=ok
# summary: a __getattr__ that reads its state through __dict__ (or defines __setstate__) unpickles fine
import multiprocessing


class Settings:
    def __init__(self, values):
        self.values = values

    def __getattr__(self, name):
        values = self.__dict__.get("values", {})
        if name in values:
            return values[name]
        raise AttributeError(name)


class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def __setstate__(self, state):
        self.__dict__.update(state)


def depth(settings, wrapper):
    return settings.depth + wrapper.real


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(depth, [(Settings({"depth": 3}), Wrapper(5))]))
