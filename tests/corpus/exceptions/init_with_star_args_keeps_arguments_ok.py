# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same error keeps allowed and host in its args and formats the message in __str__, so the parent rebuilds it and the runner reports it
from concurrent.futures import ProcessPoolExecutor


class SocketBlockedError(RuntimeError):
    def __init__(self, *_args, **_kwargs):
        super().__init__("A test tried to use socket.socket.")


class SocketConnectBlockedError(RuntimeError):
    def __init__(self, allowed, host, *_args, **_kwargs):
        super().__init__(allowed, host)

    def __str__(self):
        allowed, host = self.args[:2]
        return f'A test tried to connect to host "{host}" (allowed: "{",".join(allowed)}").'


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
        try:
            for result in ex.map(run_subsuite, suites):
                print(result)
        except SocketConnectBlockedError as error:
            print("blocked:", error)
