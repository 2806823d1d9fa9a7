# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: wazuh #9060: the distributed API submits its bound run_local method to a ProcessPoolExecutor with run_in_executor, but the request object keeps a crypto context holding a cffi.FFI instance, which cannot be pickled under any start method
import asyncio
from concurrent.futures import ProcessPoolExecutor

import cffi


class CryptoContext:
    def __init__(self, key_id):
        self.ffi = cffi.FFI()
        self.ffi.cdef("int abs(int);")
        self.key_id = key_id


class DistributedAPI:
    def __init__(self, f, f_kwargs, crypto):
        self.f = f
        self.f_kwargs = f_kwargs
        self.crypto = crypto

    def run_local(self):
        return self.f(**self.f_kwargs)

    async def execute_local_request(self, pool):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(pool, self.run_local)  # [PKL009]


def get_agents(limit):
    return ["agent%03d" % i for i in range(limit)]


async def main():
    with ProcessPoolExecutor(1) as pool:
        dapi = DistributedAPI(get_agents, {"limit": 3}, CryptoContext("node01"))
        print(await dapi.execute_local_request(pool))


if __name__ == "__main__":
    asyncio.run(main())
