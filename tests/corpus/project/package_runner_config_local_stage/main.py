# runtime: fork=ok spawn=error forkserver=error
# error-contains: build_config.<locals>.double
# summary: a settings module builds a config holding a local function; main hands it to a runner a package re-exports from a module that starts a Process with it (the package's __init__ never names multiprocessing)
from prc_pipeline import run_in_subprocess
from prc_settings import build_config

if __name__ == "__main__":
    print(run_in_subprocess(build_config(5)))  # [PKL002]
