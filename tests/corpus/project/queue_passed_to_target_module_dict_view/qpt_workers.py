from qpt_models import CacheSnapshot


def load_region(region):
    return {f"{region}:{i}": i * i for i in range(5)}


def snapshot_region(region, out):
    out.put(CacheSnapshot(region, load_region(region)))
    out.close()
    out.join_thread()  # the feeder thread sends (or fails to) before the child exits
