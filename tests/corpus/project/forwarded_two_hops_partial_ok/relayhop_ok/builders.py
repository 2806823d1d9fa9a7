from relayhop_ok import runner


def make_workers(factory, count):
    """One worker process per slot, each building its own object with `factory`."""
    return [runner.Worker(factory) for _ in range(count)]
