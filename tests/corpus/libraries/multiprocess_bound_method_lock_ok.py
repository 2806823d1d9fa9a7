# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same monitor keeps a threading lock instead of a poll object: dill copies the lock, so multiprocess maps the bound method fine
import threading

from multiprocess import Pool


class ConnectionMonitor:
    def __init__(self, hosts):
        self.hosts = hosts
        self.guard = threading.Lock()

    def classify(self, host):
        name, port = host.rsplit(":", 1)
        return name, "tls" if port == "443" else "plain"

    def check_all(self):
        with Pool(2) as pool:
            return pool.map(self.classify, self.hosts)


if __name__ == "__main__":
    print(ConnectionMonitor(["db.local:5432", "api.local:443"]).check_all())
