# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'plugin.<locals>.decorate.<locals>.timed'
# summary: plugins register through a decorator factory of another module that stores a nested wrapper in its PLUGINS dict; main sends every registered plugin to the pool
from multiprocessing import Pool

import builtin_plugins  # noqa: F401  (registers the plugins)
from plugin_registry import PLUGINS


def main():
    with Pool(2) as pool:
        pending = [pool.apply_async(PLUGINS[name], ("hello",)) for name in sorted(PLUGINS)]  # [PKL002]
        print("plugins", [p.get(timeout=10)[0] for p in pending])


if __name__ == "__main__":
    main()
