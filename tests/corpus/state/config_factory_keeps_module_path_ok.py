# runtime: fork=ok spawn=ok forkserver=ok
# summary: the @staticmethod factory ProblemConf.from_file(path) keeps only the file path and the options dict; the child loads the module itself
import importlib.util
import multiprocessing
import os
import tempfile

PROBLEM_SOURCE = """
options = {"nls": "newton", "steps": 3}

def get_load(step):
    return 0.5 * step
"""


def load_module(path):
    spec = importlib.util.spec_from_file_location("problem_description", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class ProblemConf:
    def __init__(self):
        self.options = {}
        self.filename = None

    @staticmethod
    def from_file(path):
        conf = ProblemConf()
        conf.options = dict(load_module(path).options)
        conf.filename = path
        return conf


def solve(conf, queue):
    funmod = load_module(conf.filename)
    queue.put([funmod.get_load(step) for step in range(conf.options["steps"])])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "problem.py")
        with open(path, "w") as handle:
            handle.write(PROBLEM_SOURCE)
        conf = ProblemConf.from_file(path)
        queue = multiprocessing.Queue()
        proc = multiprocessing.Process(target=solve, args=(conf, queue))
        proc.start()
        print(queue.get(timeout=10))
        proc.join()
