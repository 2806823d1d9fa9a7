# runtime: fork=ok spawn=error forkserver=error
# error-contains: not the same object as dpr_probes.probe_cores
# summary: a decorator of a helper package hands the function it decorates to a Process; under spawn pickle looks the original up by its name, where the module now holds the decorator's wrapper
from dpr_probes import probe_cores

if __name__ == "__main__":
    print("cores", probe_cores(1))
