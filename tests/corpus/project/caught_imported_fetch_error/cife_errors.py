class FetchError(Exception):
    """Raised by the client; keeps the URL and the status for the report."""

    def __init__(self, url, status):
        super().__init__(f"{url} answered {status}")
        self.url = url
        self.status = status
