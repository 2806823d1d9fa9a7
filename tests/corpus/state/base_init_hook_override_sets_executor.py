# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the base class's __init__ calls a set-up hook that the subclass overrides to keep a ProcessPoolExecutor on self; submitting a bound method then pickles self with the executor (rllm's local sandbox tool, reproduced blind)
from concurrent.futures import ProcessPoolExecutor


class CodeTool:
    def __init__(self, name, workers=1):
        self.name = name
        self.workers = workers
        self._init_sandbox()

    def _init_sandbox(self):
        """Backends that keep workers override this."""


class LocalInterpreter(CodeTool):
    def _init_sandbox(self):
        self.pool = ProcessPoolExecutor(max_workers=self.workers)

    def _execute(self, code):
        return sum(ord(c) for c in code)

    def forward(self, code):
        future = self.pool.submit(self._execute, code)  # [PKL009]
        return future.result(timeout=30)

    def close(self):
        self.pool.shutdown()


if __name__ == "__main__":
    tool = LocalInterpreter("local", workers=2)
    try:
        print(tool.forward("print(1)"))
    finally:
        tool.close()
