# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'mappingproxy' object
# summary: a feature interface keeps inspect.signature(func).parameters (a mappingproxy) on self to filter keyword arguments, and submits its bound _call to a ProcessPoolExecutor (audinterface 163)
import inspect
from concurrent.futures import ProcessPoolExecutor


def loudness(signal, rate, *, window=4):
    return [sum(signal[i : i + window]) / window for i in range(0, len(signal), window)][:2] + [rate]


class Interface:
    def __init__(self, func, workers=2, **options):
        self.func = func
        self.options = options
        self.accepted = inspect.signature(func).parameters
        self.workers = workers

    def _call(self, signal, rate):
        kwargs = {k: v for k, v in self.options.items() if k in self.accepted}
        return self.func(signal, rate, **kwargs)

    def process(self, signals, rate):
        with ProcessPoolExecutor(self.workers) as executor:
            futures = [executor.submit(self._call, s, rate) for s in signals]  # [PKL009]
            return [f.result() for f in futures]


if __name__ == "__main__":
    interface = Interface(loudness, window=2, unused=True)
    print(interface.process([[float(i + j) for j in range(8)] for i in range(3)], 16000))
