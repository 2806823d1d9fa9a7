def fake_fetch(url, header_items):
    return url, len(url) + sum(len(key) + len(value) for key, value in header_items)
