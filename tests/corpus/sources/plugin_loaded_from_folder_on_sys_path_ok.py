# runtime: fork=ok spawn=ok forkserver=ok
# summary: the plugin folder is put on sys.path before the plugin is loaded from its file, so a spawned worker (which gets the parent's sys.path) imports `noop_engine` and unpickles the function
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
    sys.path.insert(0, os.path.dirname(path))
    spec = importlib.util.spec_from_file_location("noop_engine", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["noop_engine"] = module
    spec.loader.exec_module(module)
    return module


def run_pages(fn, pages):
    with ProcessPoolExecutor(max_workers=2) as pool:
        return sorted(pool.map(fn, *zip(*pages)))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "noop_engine.py")
        with open(path, "w") as handle:
            handle.write(PLUGIN_SOURCE)
        plugin = load_plugin(path)
        print(run_pages(plugin.ocr_page, [(1, "one"), (2, "two")]))
