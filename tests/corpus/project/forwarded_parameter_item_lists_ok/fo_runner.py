from concurrent.futures import ProcessPoolExecutor

from fo_fetch import fake_fetch


def crawl(requests, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fake_fetch, url, items) for url, items in requests]
        return [future.result(timeout=60) for future in futures]
