# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: a ProcessPoolExecutor subclass overrides submit and hands fn on to super().submit; the caller submits a lambda (adaptive issue 206)
from concurrent.futures import ProcessPoolExecutor


class TracingExecutor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        print("submitting", getattr(fn, "__name__", fn))
        return super().submit(fn, *args, **kwargs)  # [PKL001]


if __name__ == "__main__":
    with TracingExecutor(max_workers=1) as executor:
        print(executor.submit(lambda: 1).result(timeout=20))
