# runtime: fork=error spawn=error forkserver=error
# error-contains: ctypes objects containing pointers cannot be pickled
# summary: FMPy #26's shape: a model wrapper keeps its instantiated component as a ctypes.c_void_p (through the library's alias `fmi2Component = c_void_p`) and the wrapper is mapped over a Pool with every run's start values; a c_void_p holds a pointer, which pickle refuses under every start method
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
    fmu, start_values = task
    return fmu.guid, sum(start_values)


if __name__ == "__main__":
    fmu = FMU2Slave("{8c4e810f}")
    runs = [[float(i), 1.0] for i in range(4)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(simulate, [(fmu, values) for values in runs]))  # [PKL005]
