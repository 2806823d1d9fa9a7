# runtime: fork=ok spawn=ok forkserver=ok
# summary: a requests-style __getstate__ keeps only the names in __attrs__; the subclass lists its own attribute (__attrs__ = Session.__attrs__ + ["url_base"]) so the child's copy has it
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
    __attrs__ = Session.__attrs__ + ["url_base"]

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
    proc = multiprocessing.Process(target=describe, args=(session, queue))
    proc.start()
    print(queue.get(timeout=10))
    proc.join()
