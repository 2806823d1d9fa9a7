DEFAULT_HEADERS = {"accept": "text/html", "user-agent": "fo/1.0"}


def build_requests(urls, extra_headers=None):
    """One (url, headers) task per url."""
    headers = dict(DEFAULT_HEADERS)
    headers.update(extra_headers or {})
    return [(url, list(headers.items())) for url in urls]
