# runtime: fork=ok spawn=ok forkserver=ok
# summary: under multiprocess (dill) the returned exceptions keep in args exactly what their __init__ takes, so the parent rebuilds them
import multiprocess as mp


class TimeoutProbeError(Exception):
    def __init__(self, endpoint, reason="timed out after 2.0s"):
        super().__init__(endpoint, reason)
        self.endpoint = endpoint


def probe(endpoint):
    host, port = endpoint.split(":")
    if port == "81":
        return TimeoutProbeError(host)
    return {"endpoint": endpoint}


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print([str(r) for r in pool.map(probe, ["db:5432", "api:81"])])
