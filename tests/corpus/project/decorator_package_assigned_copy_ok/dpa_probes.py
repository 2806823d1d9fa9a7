import os

from dpa_support import run_in_subprocess


def probe_cores(count):
    return min(count, os.cpu_count() or 1)


# wrapped under another name: `probe_cores` stays the function pickle finds by that name
probe_cores_isolated = run_in_subprocess(probe_cores)
