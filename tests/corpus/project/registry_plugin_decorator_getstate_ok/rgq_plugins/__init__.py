from .rgq_registry import TRANSFORMS, transform
from . import rgq_builtin  # noqa: F401  the built-in transforms register themselves

__all__ = ["TRANSFORMS", "transform"]
