# runtime: fork=error spawn=error forkserver=error
# error-contains: object has no attribute 'base_url'
# summary: jobs keep the session each is constructed with, a subclass of a requests-style Session whose __getstate__ keeps only the base's __attrs__; submitting each job's bound result method gives the worker a session without base_url (qiskit-ibmq-provider 820)
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
        futures = [executor.submit(job.result) for job in jobs]  # [PKL015]
        for fut in futures:
            print(fut.result())
