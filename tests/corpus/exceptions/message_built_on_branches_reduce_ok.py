# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same API error with the fix pynetbox took: `__reduce__` rebuilds it from the response's fields, so the parent gets the error back and handles it
from concurrent.futures import ProcessPoolExecutor


class Response:
    def __init__(self, status_code, reason):
        self.status_code = status_code
        self.reason = reason


class RequestError(Exception):
    def __init__(self, response):
        if response.status_code == 404:
            self.message = "The requested url {} could not be found.".format(response.reason)
        else:
            self.message = "The request failed with code {}.".format(response.status_code)
        super().__init__(self.message)
        self.response = response

    def __reduce__(self):
        return type(self), (self.response,)


def fetch(device_id):
    if device_id == 3:
        raise RequestError(Response(502, "Bad Gateway"))
    return {"id": device_id}


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        try:
            print(list(executor.map(fetch, range(5))))
        except RequestError as error:
            print("request failed:", error)
