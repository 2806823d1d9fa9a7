# runtime: fork=ok spawn=ok forkserver=ok
# summary: the base's set-up hook keeps an executor on self, but the subclass overrides the hook without calling it, so its instances hold None and pickle with their bound method
from concurrent.futures import ProcessPoolExecutor


class CodeTool:
    def __init__(self, workers):
        self.workers = workers
        self._init_sandbox()

    def _init_sandbox(self):
        self.pool = ProcessPoolExecutor(max_workers=self.workers)


class SerialTool(CodeTool):
    def _init_sandbox(self):
        self.pool = None

    def _execute(self, code):
        return len(code)

    def forward(self, code, executor):
        return executor.submit(self._execute, code).result(timeout=30)


if __name__ == "__main__":
    tool = SerialTool(2)
    with ProcessPoolExecutor(2) as executor:
        print(tool.forward("abc", executor))
