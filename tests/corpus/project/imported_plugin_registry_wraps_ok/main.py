# runtime: fork=ok spawn=ok forkserver=ok
# summary: the registry module's decorator factory stores the plugin function itself (the wrapper is left to the module name), so every registered plugin pickles by name
from multiprocessing import Pool

import safe_plugins  # noqa: F401  (registers the plugins)
from safe_registry import PLUGINS


def main():
    with Pool(2) as pool:
        pending = [pool.apply_async(PLUGINS[name], ("hello",)) for name in sorted(PLUGINS)]
        print("plugins", [p.get(timeout=10) for p in pending])


if __name__ == "__main__":
    main()
