# runtime: fork=error spawn=error forkserver=error
# error-contains: BrokenProcessPool
# summary: an auth error's __init__(response) reads the response and calls Exception.__init__(self, message) with a message it builds (oauth-pythonclient 32); raised in an executor worker, the parent rebuilds it as AuthClientError(message) and reads .status_code of a str
from concurrent.futures import ProcessPoolExecutor


class Response:
    def __init__(self, status_code, content):
        self.status_code = status_code
        self.content = content


class AuthClientError(Exception):
    def __init__(self, response):
        self.response = response
        self.status_code = response.status_code
        Exception.__init__(self, f"HTTP status {response.status_code}: {response.content!r}")


def refresh_token(realm):
    raise AuthClientError(Response(401, b"invalid_grant %d" % realm))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(refresh_token, 1).result(timeout=30)  # [PKL008]
        except AuthClientError as error:
            print("auth failed:", error.status_code)
