from concurrent.futures import ProcessPoolExecutor
from itertools import repeat


def apply_all(formatters, text):
    for formatter in formatters:
        text = formatter.apply(text)
    return text


def format_all(formatters, texts):
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(apply_all, repeat(formatters), texts))
