# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: exporters register themselves through __init_subclass__ of a base in another module; the one picked by name makes its lock lazily in the worker, so it pickles
from multiprocessing import Pool

from rgt_base import EXPORTERS
import rgt_exporters  # noqa: F401  defines (and so registers) the exporters


def export(exporter, rows):
    return exporter.write(rows)


if __name__ == "__main__":
    rows = [{"id": 1}, {"id": 2}]
    exporter = EXPORTERS["jsonl"]("out.jsonl")
    with Pool(2) as pool:
        print(pool.apply_async(export, (exporter, rows)).get(timeout=60))
