# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_cffi_backend.__CDataOwn' object
# summary: an RSA key made by a classmethod factory keeps cffi cdata from ffi.new("unsigned char[]", blob); the key goes into Pool.starmap task tuples and the cdata cannot be pickled under any start method (paramiko #753, reproduced blind)
import io
from multiprocessing import Pool

import cffi

_ffi = cffi.FFI()

PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n"


class RSAKey:
    def __init__(self, key_handle, size):
        self.key = key_handle
        self.size = size

    @classmethod
    def from_private_key(cls, file_obj):
        body = "".join(line for line in file_obj if not line.startswith("-----"))
        blob = body.encode()
        return cls(_ffi.new("unsigned char[]", blob), len(blob) * 8)

    def get_name(self):
        return "ssh-rsa"


def push(host, key):
    return f"{host}: pushed with {key.get_name()} ({key.size} bits)"


def push_to_all(hosts, key):
    with Pool(2) as pool:
        return pool.starmap(push, [(host, key) for host in hosts])  # [PKL005]


if __name__ == "__main__":
    key = RSAKey.from_private_key(io.StringIO(PEM))
    print(push_to_all(["10.0.0.1", "10.0.0.2"], key))
