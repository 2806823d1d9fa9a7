# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: the only way the pipeline is built is its classmethod from_config, which returns cls(out=sys.stdout); run() maps self.step, pickling self with stdout
import sys
from concurrent.futures import ProcessPoolExecutor


class Pipeline:
    def __init__(self, stages, out):
        self.stages = stages
        self.out = out

    @classmethod
    def from_config(cls, config):
        return cls(stages=config["stages"], out=sys.stdout)

    def step(self, record):
        return record * self.stages

    def run(self, records):
        with ProcessPoolExecutor(2) as executor:
            results = list(executor.map(self.step, records, timeout=10))  # [PKL009]
        print(results, file=self.out)


if __name__ == "__main__":
    Pipeline.from_config({"stages": 2}).run([1, 2, 3])
