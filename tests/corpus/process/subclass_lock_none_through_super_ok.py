# runtime: fork=ok spawn=ok forkserver=ok
# summary: the base keeps a lock parameter defaulting to threading.Lock(), but the engine subclass passes lock=None through super().__init__: nothing unpicklable is kept
import multiprocessing
import threading


class EnumeratorBase:
    def __init__(self, base_url, engine_name, domain):
        self.base_url = base_url
        self.engine_name = engine_name
        self.domain = domain


class EnumeratorProcess(multiprocessing.Process, EnumeratorBase):
    def __init__(self, base_url, engine_name, domain, found=None, lock=threading.Lock()):
        EnumeratorBase.__init__(self, base_url, engine_name, domain)
        multiprocessing.Process.__init__(self, name=engine_name)
        self.lock = lock
        self.found = found

    def run(self):
        self.found.append(f"www.{self.domain}")


class NetcraftEnum(EnumeratorProcess):
    def __init__(self, domain, found=None):
        super().__init__("https://searchdns.netcraft.com", "Netcraft", domain, found=found, lock=None)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        found = manager.list()
        enumerator = NetcraftEnum("example.com", found=found)
        enumerator.start()
        enumerator.join()
        if enumerator.exitcode != 0:
            raise SystemExit(f"enumerator failed: {enumerator.exitcode}")
        print(sorted(found))
