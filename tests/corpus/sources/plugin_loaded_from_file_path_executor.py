# runtime: fork=ok spawn=error forkserver=error
# error-contains: No module named 'noop_engine'
# summary: an OCR engine plugin is loaded from a file path with spec_from_file_location/module_from_spec and registered in sys.modules; its function goes to a ProcessPoolExecutor, and a spawned worker cannot import `noop_engine` to unpickle it (OCRmyPDF 1558)
import importlib.util
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor

PLUGIN_SOURCE = """
def ocr_page(pageno, text):
    return pageno, text.upper()
"""


def load_plugin(path):
    spec = importlib.util.spec_from_file_location("noop_engine", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["noop_engine"] = module
    spec.loader.exec_module(module)
    return module


def run_pages(fn, pages):
    with ProcessPoolExecutor(max_workers=2) as pool:
        return sorted(pool.map(fn, *zip(*pages)))  # [PKL014]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "noop_engine.py")
        with open(path, "w") as handle:
            handle.write(PLUGIN_SOURCE)
        plugin = load_plugin(path)
        print(run_pages(plugin.ocr_page, [(1, "one"), (2, "two")]))
