# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same retry session lists its own attributes in __attrs__ (the fix qiskit took), so each job's copy of it keeps base_url
from concurrent.futures import ProcessPoolExecutor


class Session:
    """Pickling behaviour of requests.Session: only the names in __attrs__ survive."""

    __attrs__ = ["headers", "cookies", "auth", "proxies", "hooks", "params",
                 "verify", "cert", "adapters", "stream", "trust_env", "max_redirects"]

    def __init__(self):
        self.headers = {"User-Agent": "python-requests"}
        self.cookies = {}
        self.auth = None
        self.proxies = {}
        self.hooks = {"response": []}
        self.params = {}
        self.verify = True
        self.cert = None
        self.adapters = {}
        self.stream = False
        self.trust_env = True
        self.max_redirects = 30

    def __getstate__(self):
        return {attr: getattr(self, attr, None) for attr in self.__attrs__}

    def __setstate__(self, state):
        for attr, value in state.items():
            setattr(self, attr, value)


class RetrySession(Session):
    __attrs__ = Session.__attrs__ + ["base_url", "_access_token", "retries_total"]

    def __init__(self, base_url, access_token=None, retries_total=5):
        super().__init__()
        self.base_url = base_url
        self._access_token = access_token
        self.retries_total = retries_total
        if access_token:
            self.headers["X-Access-Token"] = access_token

    def request(self, method, url, **kwargs):
        full_url = self.base_url + url
        return {"method": method, "url": full_url, "status": "COMPLETED"}


class IBMQJob:
    def __init__(self, job_id, session):
        self._job_id = job_id
        self._session = session

    def result(self):
        return self._session.request("GET", f"/Jobs/{self._job_id}/resultDownloadUrl")


if __name__ == "__main__":
    session = RetrySession("https://api.example.invalid/api", access_token="tok")
    jobs = [IBMQJob(f"job{i}", session) for i in range(3)]
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(job.result) for job in jobs]
        for fut in futures:
            print(fut.result())
