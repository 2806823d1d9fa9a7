# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'select.poll' object
# summary: a connection monitor keeps a select.poll() object on self and maps its bound method with multiprocess; dill copies locks and lambdas but not the poll object (dill 207, reproduced blind)
import select

from multiprocess import Pool


class ConnectionMonitor:
    def __init__(self, hosts):
        self.hosts = hosts
        self.poller = select.poll()

    def classify(self, host):
        name, port = host.rsplit(":", 1)
        return name, "tls" if port == "443" else "plain"

    def check_all(self):
        with Pool(2) as pool:
            return pool.map(self.classify, self.hosts)  # [PKL009]


if __name__ == "__main__":
    print(ConnectionMonitor(["db.local:5432", "api.local:443"]).check_all())
