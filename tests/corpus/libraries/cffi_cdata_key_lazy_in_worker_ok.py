# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of paramiko #753: the RSA key made by the classmethod factory keeps the key bytes and builds the cffi cdata lazily where it is used, so the key in the Pool.starmap task tuples pickles under every start method
import io
from multiprocessing import Pool

import cffi

_ffi = cffi.FFI()

PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n"


class RSAKey:
    def __init__(self, blob, size):
        self.blob = blob
        self.size = size

    @classmethod
    def from_private_key(cls, file_obj):
        body = "".join(line for line in file_obj if not line.startswith("-----"))
        blob = body.encode()
        return cls(blob, len(blob) * 8)

    def handle(self):
        return _ffi.new("unsigned char[]", self.blob)

    def get_name(self):
        return "ssh-rsa"


def push(host, key):
    handle = key.handle()
    return f"{host}: pushed with {key.get_name()} ({key.size} bits, {len(handle)} bytes)"


def push_to_all(hosts, key):
    with Pool(2) as pool:
        return pool.starmap(push, [(host, key) for host in hosts])


if __name__ == "__main__":
    key = RSAKey.from_private_key(io.StringIO(PEM))
    print(push_to_all(["10.0.0.1", "10.0.0.2"], key))
