# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: run() picks a serial stand-in or a ProcessPoolExecutor by its num_processors parameter, and the caller asks for two; the right-hand side kept on self is a lambda (pysb issue 478's shape, reproduced blind)
from concurrent.futures import Executor, Future, ProcessPoolExecutor


class SerialExecutor(Executor):
    def submit(self, fn, *args, **kwargs):
        future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def integrate(rhs, y0, steps):
    y = y0
    for _ in range(steps):
        y = y + 0.1 * rhs(y)
    return round(y, 6)


class Simulator:
    def __init__(self, rate):
        self.rhs = lambda y: -rate * y

    def run(self, starts, num_processors=1):
        executor = SerialExecutor() if num_processors == 1 else ProcessPoolExecutor(num_processors)
        with executor:
            futures = [executor.submit(integrate, self.rhs, y0, 10) for y0 in starts]  # [PKL001]
            return [f.result() for f in futures]


if __name__ == "__main__":
    print(Simulator(0.5).run([1.0, 2.0], num_processors=2))
