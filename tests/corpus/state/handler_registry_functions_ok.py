# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same registry filled with module-level functions: the handlers pickle by name
import multiprocessing


class HandlerRegistry:
    def __init__(self):
        self.handlers = {}

    def add(self, name, handler):
        self.handlers[name] = handler
        return self

    def run(self, name, value):
        return self.handlers[name](value)


def double(value):
    return value * 2


def process(registry, name, value):
    return registry.run(name, value)


if __name__ == "__main__":
    registry = HandlerRegistry()
    registry.add("double", double)
    registry.add("negate", abs)
    with multiprocessing.Pool(2) as pool:
        tasks = [(registry, "double", n) for n in range(4)]
        print(pool.starmap(process, tasks))
