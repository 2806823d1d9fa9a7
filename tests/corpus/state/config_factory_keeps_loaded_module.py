# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a @staticmethod factory ProblemConf.from_file(path) sets conf.funmod to a module made by importlib.util.module_from_spec; the conf goes into Process args (sfepy 494)
import importlib.util
import multiprocessing
import os
import tempfile

PROBLEM_SOURCE = """
options = {"nls": "newton", "steps": 3}

def get_load(step):
    return 0.5 * step
"""


class ProblemConf:
    def __init__(self):
        self.options = {}
        self.funmod = None

    @staticmethod
    def from_file(path):
        conf = ProblemConf()
        spec = importlib.util.spec_from_file_location("problem_description", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        conf.options = dict(mod.options)
        conf.funmod = mod
        return conf


def solve(conf, queue):
    queue.put([conf.funmod.get_load(step) for step in range(conf.options["steps"])])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "problem.py")
        with open(path, "w") as handle:
            handle.write(PROBLEM_SOURCE)
        conf = ProblemConf.from_file(path)
        queue = multiprocessing.Queue()
        proc = multiprocessing.Process(target=solve, args=(conf, queue))  # [PKL005]
        proc.start()
        print(queue.get(timeout=10))
        proc.join()
