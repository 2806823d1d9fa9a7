# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'host'
# summary: an error whose __init__(allowed, host, *args, **kwargs) hands the base one message: `*args` does not make `host` optional, so the parent cannot rebuild it from its args (pytest-socket 265)
from concurrent.futures import ProcessPoolExecutor


class SocketBlockedError(RuntimeError):
    def __init__(self, *_args, **_kwargs):
        super().__init__("A test tried to use socket.socket.")


class SocketConnectBlockedError(RuntimeError):
    def __init__(self, allowed, host, *_args, **_kwargs):
        if allowed:
            allowed = ",".join(allowed)
        super().__init__(
            f'A test tried to use socket.socket.connect() with host "{host}" (allowed: "{allowed}").'
        )


ALLOWED = ["127.0.0.1"]


def guarded_connect(host):
    if host not in ALLOWED:
        raise SocketConnectBlockedError(ALLOWED, host)
    return f"connected to {host}"


def run_subsuite(hosts):
    """What a parallel test runner does in each worker: run tests, send the outcome back."""
    return [guarded_connect(h) for h in hosts]


if __name__ == "__main__":
    suites = [["127.0.0.1"], ["127.0.0.1", "example.com"]]
    with ProcessPoolExecutor(max_workers=2) as ex:
        for result in ex.map(run_subsuite, suites):  # [PKL008]
            print(result)
