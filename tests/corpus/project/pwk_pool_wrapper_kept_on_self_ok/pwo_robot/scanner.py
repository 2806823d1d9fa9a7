from pwo_robot.utils import WorkerPool


def run_tool(domain, tool):
    return f"{tool}: scanned {domain}"


class Scanner:
    def __init__(self, domain, tools):
        self.domain = domain
        self.tools = tools
        self.pool = WorkerPool(2)

    def gather(self):
        try:
            return self.pool.starmap(run_tool, [(self.domain, tool) for tool in self.tools])
        finally:
            self.pool.close()
