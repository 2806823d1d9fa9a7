# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the settings module's stage is a module-level function, which the child imports by name
from prm_pipeline import run_in_subprocess
from prm_settings import build_config

if __name__ == "__main__":
    print(run_in_subprocess(build_config(5)))
