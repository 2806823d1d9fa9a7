from .loaders import BatchMetaDataLoader

__all__ = ["BatchMetaDataLoader"]
