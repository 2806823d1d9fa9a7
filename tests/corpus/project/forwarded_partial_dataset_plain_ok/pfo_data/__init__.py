from .catalog import Catalog
from .dataset import Dataset

__all__ = ["Catalog", "Dataset"]
