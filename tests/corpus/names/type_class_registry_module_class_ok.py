# runtime: fork=ok spawn=ok forkserver=ok
# summary: the hub keeps a module-level dumper class per manifest in the dict on self and configures each dumper by attribute: pickle finds the class by name (look-alike of biothings.api 46)
import multiprocessing


class BaseDumper:
    SRC_NAME = None

    def __init__(self, label):
        self.label = label


def fetch(dumper, url):
    print(dumper.SRC_NAME, dumper.label, url)


class PluginLoader:
    def __init__(self, manifest):
        self.manifest = manifest

    def dumper_class(self):
        return BaseDumper


class DumperManager:
    def __init__(self):
        self.register = {}

    def add(self, manifest):
        self.register[manifest["name"]] = PluginLoader(manifest).dumper_class()

    def dump(self, name, urls):
        for url in urls:
            dumper = self.register[name]("run-1")
            dumper.SRC_NAME = name
            process = multiprocessing.Process(target=fetch, args=(dumper, url))
            process.start()
            process.join()


if __name__ == "__main__":
    manager = DumperManager()
    manager.add({"name": "gene_info"})
    manager.dump("gene_info", ["http://127.0.0.1/a.gz", "http://127.0.0.1/b.gz"])
