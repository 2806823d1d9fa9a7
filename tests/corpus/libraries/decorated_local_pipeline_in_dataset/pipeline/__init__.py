from . import dataset, steps  # noqa: F401
