# runtime: fork=ok spawn=ok forkserver=ok
# summary: the auth error hands Exception.__init__ the response itself and builds its message in __str__: the parent rebuilds it as AuthClientError(response) (look-alike of oauth-pythonclient 32)
from concurrent.futures import ProcessPoolExecutor


class Response:
    def __init__(self, status_code, content):
        self.status_code = status_code
        self.content = content


class AuthClientError(Exception):
    def __init__(self, response):
        self.response = response
        self.status_code = response.status_code
        Exception.__init__(self, response)

    def __str__(self):
        return f"HTTP status {self.status_code}: {self.response.content!r}"


def refresh_token(realm):
    raise AuthClientError(Response(401, b"invalid_grant %d" % realm))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(refresh_token, 1).result(timeout=30)
        except AuthClientError as error:
            print("auth failed:", error.status_code)
