# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 2 required positional arguments
# summary: subprocess.CalledProcessError raised with keywords only (returncode=, cmd=): its args are empty, the parent cannot rebuild it
import subprocess
from concurrent.futures import ProcessPoolExecutor


def run_step(name):
    if name == "deploy":
        raise subprocess.CalledProcessError(returncode=2, cmd=["deploy", "--prod"])
    return name


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        try:
            print(list(executor.map(run_step, ["build", "deploy"])))  # [PKL008]
        except subprocess.CalledProcessError as exc:
            print("step failed", exc.returncode)
