import os

from dpr_support import run_in_subprocess


@run_in_subprocess
def probe_cores(count):
    return min(count, os.cpu_count() or 1)
