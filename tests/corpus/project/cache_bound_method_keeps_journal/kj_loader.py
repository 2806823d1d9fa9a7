from kj_store import JournalCache


def warmed_cache(pairs):
    cache = JournalCache()
    for key, value in pairs:
        cache.put(key, value)
    return cache
