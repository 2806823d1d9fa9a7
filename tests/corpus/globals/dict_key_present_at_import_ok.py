# runtime: fork=ok spawn=ok forkserver=ok
# summary: the main guard changes a key the defaults dict already has at import: a spawned worker reads the import-time value (another number, no error)
import multiprocessing

DEFAULTS = {"retries": 1, "timeout": 5}


def fetch(path):
    return f"{path} (retries={DEFAULTS['retries']})"


if __name__ == "__main__":
    DEFAULTS["retries"] = 3
    with multiprocessing.Pool(2) as pool:
        print(len(pool.map(fetch, ["a", "b"])))
