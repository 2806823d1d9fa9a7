import importlib


class Formatter:
    def __init__(self, name, module_path):
        self.name = name
        self.module = importlib.import_module(module_path)

    def apply(self, text):
        return self.module.run(text)


def load_formatters(spec):
    return [Formatter(name, path) for name, path in spec]
