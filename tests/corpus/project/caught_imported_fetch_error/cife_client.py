from cife_errors import FetchError


def fetch(url):
    if url.endswith("/down"):
        raise FetchError(url, 503)
    return f"body of {url}"
