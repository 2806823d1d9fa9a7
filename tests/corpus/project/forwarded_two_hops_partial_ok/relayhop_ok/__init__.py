from . import builders, runner  # noqa: F401
