import multiprocessing
import threading


class EnumeratorBase:
    def __init__(self, base_url, engine_name, domain):
        self.domain = domain
        self.base_url = base_url
        self.engine_name = engine_name


class EnumeratorBaseThreaded(multiprocessing.Process, EnumeratorBase):
    def __init__(self, base_url, engine_name, domain, q=None, lock=threading.Lock()):
        EnumeratorBase.__init__(self, base_url, engine_name, domain)
        multiprocessing.Process.__init__(self, name=self.engine_name)
        self.lock = lock
        self.q = q

    def run(self):
        for prefix in ("www", "mail"):
            self.q.append(f"{prefix}.{self.domain}")


class NetcraftEnum(EnumeratorBaseThreaded):
    def __init__(self, domain, q=None):
        super().__init__("https://searchdns.netcraft.com", "Netcraft", domain, q=q)


class DNSdumpster(EnumeratorBaseThreaded):
    def __init__(self, domain, q=None):
        super().__init__("https://dnsdumpster.com", "DNSdumpster", domain, q=q)
