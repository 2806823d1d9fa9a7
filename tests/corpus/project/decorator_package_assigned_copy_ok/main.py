# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the same decorator of a helper package, applied by assignment under another name, so the module's `probe_cores` is still the function the child unpickles
from dpa_probes import probe_cores_isolated

if __name__ == "__main__":
    print("cores", probe_cores_isolated(1))
