# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same submit override gets a module-level function: it pickles by name
from concurrent.futures import ProcessPoolExecutor


def one():
    return 1


class TracingExecutor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        print("submitting", fn.__name__)
        return super().submit(fn, *args, **kwargs)


if __name__ == "__main__":
    with TracingExecutor(max_workers=1) as executor:
        print(executor.submit(one).result(timeout=20))
