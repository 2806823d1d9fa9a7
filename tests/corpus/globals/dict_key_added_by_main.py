# runtime: fork=ok spawn=error forkserver=error
# error-contains: KeyError: 'endpoint'
# summary: the module's defaults dict gains its endpoint under the main guard; a spawned worker reads the dict as the import left it, without that key
import multiprocessing

DEFAULTS = {"retries": 1, "timeout": 5}


def fetch(path):
    return f"{DEFAULTS['endpoint']}/{path} (retries={DEFAULTS['retries']})"


if __name__ == "__main__":
    DEFAULTS["endpoint"] = "https://example.test"
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fetch, ["a", "b"]))  # [PKL016]
