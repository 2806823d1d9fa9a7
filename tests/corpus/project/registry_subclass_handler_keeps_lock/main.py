# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: exporters register themselves through __init_subclass__ of a base in another module; the one picked by name keeps a threading.Lock and is sent to Pool.apply_async
from multiprocessing import Pool

from rgs_base import EXPORTERS
import rgs_exporters  # noqa: F401  defines (and so registers) the exporters


def export(exporter, rows):
    return exporter.write(rows)


if __name__ == "__main__":
    rows = [{"id": 1}, {"id": 2}]
    exporter = EXPORTERS["jsonl"]("out.jsonl")
    with Pool(2) as pool:
        print(pool.apply_async(export, (exporter, rows)).get(timeout=60))  # [PKL005]
