# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a workflow node keeps the executor it was given and submits its static run function with `self` among the arguments; pickling the node takes the executor along (pyiron_workflow 13)
from concurrent.futures import ProcessPoolExecutor


class Node:
    def __init__(self, label, executor=None):
        self.label = label
        self.executor = executor

    @staticmethod
    def on_run(node, x):
        return f"{node.label}: {x * 2}"

    def run(self, x):
        if self.executor is None:
            return self.on_run(self, x)
        return self.executor.submit(self.on_run, self, x).result()  # [PKL011]


if __name__ == "__main__":
    print(Node("local").run(1))
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(Node("remote", executor=executor).run(2))
