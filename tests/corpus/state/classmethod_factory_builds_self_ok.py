# runtime: fork=ok spawn=ok forkserver=ok
# summary: from_config keeps the output's name, not the stream, so self.step pickles the pipeline fine
import sys
from concurrent.futures import ProcessPoolExecutor


class Pipeline:
    def __init__(self, stages, out_name):
        self.stages = stages
        self.out_name = out_name

    @classmethod
    def from_config(cls, config):
        return cls(stages=config["stages"], out_name="stdout")

    def step(self, record):
        return record * self.stages

    def run(self, records):
        with ProcessPoolExecutor(2) as executor:
            results = list(executor.map(self.step, records, timeout=10))
        print(results, file=getattr(sys, self.out_name))


if __name__ == "__main__":
    Pipeline.from_config({"stages": 2}).run([1, 2, 3])
