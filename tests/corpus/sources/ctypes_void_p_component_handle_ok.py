# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fix of FMPy #26's shape: the workers get the model's description (its guid and unzipped folder) and instantiate their own component; nothing holding a ctypes pointer crosses the boundary
import ctypes
import multiprocessing

fmi2Component = ctypes.c_void_p
# stands in for the memory the loaded model library owns
_LIBRARY_MEMORY = ctypes.create_string_buffer(64)


class FMU2Slave:
    def __init__(self, guid):
        self.guid = guid
        self.component = fmi2Component(ctypes.addressof(_LIBRARY_MEMORY))


def simulate(task):
    guid, start_values = task
    fmu = FMU2Slave(guid)
    return fmu.guid, sum(start_values)


if __name__ == "__main__":
    description = FMU2Slave("{8c4e810f}").guid
    runs = [[float(i), 1.0] for i in range(4)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(simulate, [(description, values) for values in runs]))
