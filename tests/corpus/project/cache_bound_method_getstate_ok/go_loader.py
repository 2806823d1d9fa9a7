from go_store import ReopenedCache


def warmed_cache(pairs):
    cache = ReopenedCache()
    for key, value in pairs:
        cache.put(key, value)
    return cache
