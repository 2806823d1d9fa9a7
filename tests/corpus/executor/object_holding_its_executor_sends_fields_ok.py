# runtime: fork=ok spawn=ok forkserver=ok
# summary: the workflow node keeps the executor it was given but submits its static run function with its label only, so nothing holding the executor is pickled
from concurrent.futures import ProcessPoolExecutor


class Node:
    def __init__(self, label, executor=None):
        self.label = label
        self.executor = executor

    @staticmethod
    def on_run(label, x):
        return f"{label}: {x * 2}"

    def run(self, x):
        if self.executor is None:
            return self.on_run(self.label, x)
        return self.executor.submit(self.on_run, self.label, x).result()


if __name__ == "__main__":
    print(Node("local").run(1))
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(Node("remote", executor=executor).run(2))
