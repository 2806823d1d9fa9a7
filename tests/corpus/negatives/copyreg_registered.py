# runtime: fork=ok spawn=ok forkserver=ok
# summary: a copyreg reducer registered for the class replaces default pickling
import copyreg
import multiprocessing
import threading


class Client:
    def __init__(self, host):
        self.host = host
        self.lock = threading.Lock()


def reduce_client(client):
    return (Client, (client.host,))


copyreg.pickle(Client, reduce_client)


def host(client):
    return client.host


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(host, [Client("a"), Client("b")]))
