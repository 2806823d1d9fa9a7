from .rgp_registry import TRANSFORMS, transform
from . import rgp_builtin  # noqa: F401  the built-in transforms register themselves

__all__ = ["TRANSFORMS", "transform"]
