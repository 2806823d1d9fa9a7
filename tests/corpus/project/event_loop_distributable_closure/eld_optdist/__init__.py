from .study import DistributedStudy

__all__ = ["DistributedStudy"]
