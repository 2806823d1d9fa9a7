from pwk_robot.utils import WorkerPool


class Scanner:
    def __init__(self, domain, tools):
        self.domain = domain
        self.tools = tools
        self.pool = WorkerPool(2)

    def _run_tool(self, tool):
        return f"{tool}: scanned {self.domain}"

    def gather(self):
        try:
            return self.pool.map(self._run_tool, self.tools)  # [PKL009]
        finally:
            self.pool.close()
