# runtime: fork=ok spawn=error forkserver=error
# error-contains: object has no attribute 'url_base'
# summary: a requests-style __getstate__ keeps only the names in __attrs__; a subclass sets self.url_base in __init__ without listing it and the child reads it (quix-streams PR 755)
import multiprocessing


class Session:
    __attrs__ = ["headers", "timeout", "verify"]

    def __init__(self):
        self.headers = {"Accept": "application/json"}
        self.timeout = 5
        self.verify = True

    def __getstate__(self):
        return {attr: getattr(self, attr, None) for attr in self.__attrs__}

    def __setstate__(self, state):
        for attr, value in state.items():
            setattr(self, attr, value)


class SchemaRegistrySession(Session):
    def __init__(self, url_base):
        super().__init__()
        self.url_base = url_base

    def url(self, path):
        return self.url_base.rstrip("/") + "/" + path


def describe(session, queue):
    queue.put(session.url("subjects"))


if __name__ == "__main__":
    session = SchemaRegistrySession("http://registry:8081/")
    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=describe, args=(session, queue))  # [PKL015]
    proc.start()
    print(queue.get(timeout=10))
    proc.join()
