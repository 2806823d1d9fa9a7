from multiprocessing import Pool


def fan_out(func, items, **options):
    with Pool(2) as pool:
        pending = [pool.apply_async(func, (item,), options) for item in items]
        return [p.get(timeout=10) for p in pending]
