# runtime: fork=ok spawn=ok forkserver=ok
# summary: uproot5 #1248: the HTTP source keeps an ssl.SSLContext subclass whose __reduce__ rebuilds it from its protocol and settings, so sources mapped over a ProcessPoolExecutor pickle under every start method
import ssl
from concurrent.futures import ProcessPoolExecutor


def _rebuild_context(cls, protocol, check_hostname, verify_mode):
    context = cls(protocol)
    context.check_hostname = check_hostname
    context.verify_mode = verify_mode
    return context


class PickleableSSLContext(ssl.SSLContext):
    def __reduce__(self):
        return (_rebuild_context, (type(self), self.protocol, self.check_hostname, self.verify_mode))


class HTTPSource:
    def __init__(self, url, ssl_context, timeout=30):
        self.url = url
        self.ssl_context = ssl_context
        self.timeout = timeout

    def describe(self, basket):
        return "%s basket %d verify=%s" % (self.url, basket, self.ssl_context.verify_mode.name)


def read_basket(source, basket):
    return source.describe(basket)


if __name__ == "__main__":
    context = PickleableSSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    source = HTTPSource("https://127.0.0.1:8443/events.root", context)
    with ProcessPoolExecutor(max_workers=2) as pool:
        for line in pool.map(read_basket, [source, source], [0, 1]):
            print(line)
