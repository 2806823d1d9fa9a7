class Dispatcher:
    """Runs jobs on whatever executor the application hands it."""

    def __init__(self, pool, name="jobs"):
        self.pool = pool
        self.name = name

    def dispatch(self, job, payload):
        return self.pool.submit(job, payload)
