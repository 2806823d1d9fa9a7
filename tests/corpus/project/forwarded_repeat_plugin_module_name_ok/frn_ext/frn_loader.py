import importlib


class Formatter:
    def __init__(self, name, module_path):
        self.name = name
        self.module_path = module_path  # imported where it runs

    def apply(self, text):
        return importlib.import_module(self.module_path).run(text)


def load_formatters(spec):
    return [Formatter(name, path) for name, path in spec]
