from .ops import project

__all__ = ["project"]
