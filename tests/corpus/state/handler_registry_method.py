# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup <lambda> on __main__ failed
# summary: a registry object whose add() method stores handlers in a dict on self (self.handlers[name] = handler) is given a lambda, then sent with every task
import multiprocessing


class HandlerRegistry:
    def __init__(self):
        self.handlers = {}

    def add(self, name, handler):
        self.handlers[name] = handler
        return self

    def run(self, name, value):
        return self.handlers[name](value)


def process(registry, name, value):
    return registry.run(name, value)


if __name__ == "__main__":
    registry = HandlerRegistry()
    registry.add("double", lambda value: value * 2)
    registry.add("negate", abs)
    with multiprocessing.Pool(2) as pool:
        tasks = [(registry, "double", n) for n in range(4)]
        print(pool.starmap(process, tasks))  # [PKL005]
