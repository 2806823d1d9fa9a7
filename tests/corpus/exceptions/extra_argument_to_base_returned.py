# runtime: fork=hang spawn=hang forkserver=hang
# summary: the worker returns (not raises) an exception whose __init__ takes one argument but hands two to the base class; the parent cannot rebuild it from its args, the pool's result thread dies and map waits forever
from multiprocessing import Pool


class ProbeError(Exception):
    pass


class TimeoutProbeError(ProbeError):
    def __init__(self, endpoint):
        super().__init__(endpoint, "timed out after 2.0s")
        self.endpoint = endpoint


def probe(endpoint):
    host, port = endpoint.split(":")
    if port == "81":
        return TimeoutProbeError(host)
    return {"endpoint": endpoint, "latency_ms": int(port) % 7}


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(probe, ["db:5432", "api:81"]))  # [PKL007]
