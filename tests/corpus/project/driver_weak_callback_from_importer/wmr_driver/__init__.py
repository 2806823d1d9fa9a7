from .roaster import Roaster

__all__ = ["Roaster"]
