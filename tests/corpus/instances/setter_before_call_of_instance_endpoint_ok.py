# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same evaluator keeps only the remote endpoint its setter is given, so the bound method its __call__ maps pickles strings and a function
import multiprocessing
import threading


class RemoteFitter:
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self._lock = threading.Lock()


class Evaluate:
    def __init__(self, objective):
        self.objective = objective
        self.remote_fitter = None

    def set_remote(self, remote_fitter):
        self.remote_fitter = remote_fitter.endpoint

    def evaluate_single(self, graph):
        return self.objective(graph)

    def __call__(self, population):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.evaluate_single, population)


def complexity(graph):
    return len(graph) * 0.5


def main():
    evaluator = Evaluate(complexity)
    evaluator.set_remote(RemoteFitter("http://127.0.0.1:1"))
    print(evaluator([[1], [1, 2], [1, 2, 3]]))


if __name__ == "__main__":
    main()
