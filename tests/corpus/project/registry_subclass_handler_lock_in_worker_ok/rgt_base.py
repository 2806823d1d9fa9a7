EXPORTERS = {}


class Exporter:
    name = "base"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        EXPORTERS[cls.name] = cls

    def __init__(self, target):
        self.target = target

    def write(self, rows):
        raise NotImplementedError
