# runtime: fork=hang spawn=hang forkserver=hang
# summary: under multiprocess (dill) too, a returned exception whose __init__ takes one argument but gives two to the base cannot be rebuilt: the result thread dies and map waits forever (multiprocess issue 33, reproduced blind)
import multiprocess as mp


class TimeoutProbeError(Exception):
    def __init__(self, endpoint):
        super().__init__(endpoint, "timed out after 2.0s")
        self.endpoint = endpoint


class RefusedProbeError(Exception):
    def __init__(self, endpoint, port):
        super().__init__(endpoint, port)


def probe(endpoint):
    host, port = endpoint.split(":")
    if port == "9":
        return RefusedProbeError(host, int(port))
    if port == "81":
        return TimeoutProbeError(host)
    return {"endpoint": endpoint}


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(probe, ["db:5432", "cache:9", "api:81"]))  # [PKL007]
