# runtime: fork=error spawn=error forkserver=error
# error-contains: 'str' object has no attribute 'status_code'
# summary: an API error takes the response, builds `self.message` from it on either branch of `if response.status_code == 404` and hands the base that message; rebuilding it in the parent calls the class with the message, whose `.status_code` the test reads (pynetbox 459)
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
        self.response = None


def fetch(device_id):
    if device_id == 3:
        raise RequestError(Response(502, "Bad Gateway"))
    return {"id": device_id}


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(fetch, range(5))))  # [PKL008]
