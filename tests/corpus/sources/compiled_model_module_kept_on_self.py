# runtime: fork=ok spawn=error forkserver=error
# error-contains: No module named 'stanfit4anon_model'
# summary: a model compiles its sampler into a build folder and keeps the module loaded from that file on self; `executor.map(self.module.call_sampler, ...)` cannot be unpickled by a spawned worker, which cannot import the build module (prophet 1889)
import importlib.util
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor

SAMPLER_SOURCE = """
def call_sampler(chain, iterations):
    return chain, [round(0.5 * chain + step, 2) for step in range(iterations)]
"""


class CompiledModel:
    def __init__(self, build_dir):
        path = os.path.join(build_dir, "stanfit4anon_model.py")
        with open(path, "w") as handle:
            handle.write(SAMPLER_SOURCE)
        spec = importlib.util.spec_from_file_location("stanfit4anon_model", path)
        self.module = importlib.util.module_from_spec(spec)
        sys.modules["stanfit4anon_model"] = self.module
        spec.loader.exec_module(self.module)

    def sampling(self, chains):
        with ProcessPoolExecutor(max_workers=2) as pool:
            return list(pool.map(self.module.call_sampler, range(chains), [3] * chains))  # [PKL014]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as build_dir:
        print(CompiledModel(build_dir).sampling(2))
