# runtime: fork=ok spawn=error forkserver=error
# error-contains: attribute lookup GeneInfoDumper on __main__ failed
# summary: a hub builds dumper classes from manifests with type() and a computed name, keeps them in a dict on self and hands a new dumper to each Process (biothings.api 46): spawn must find the class by a name no module holds
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
        name = self.manifest["name"]
        title = "".join(part.capitalize() for part in name.split("_"))
        return type("%sDumper" % title, (BaseDumper,), {"SRC_NAME": name})


class DumperManager:
    def __init__(self):
        self.register = {}

    def add(self, manifest):
        self.register[manifest["name"]] = PluginLoader(manifest).dumper_class()

    def dump(self, name, urls):
        for url in urls:
            dumper = self.register[name]("run-1")
            process = multiprocessing.Process(target=fetch, args=(dumper, url))  # [PKL002]
            process.start()
            process.join()


if __name__ == "__main__":
    manager = DumperManager()
    manager.add({"name": "gene_info"})
    manager.dump("gene_info", ["http://127.0.0.1/a.gz", "http://127.0.0.1/b.gz"])
