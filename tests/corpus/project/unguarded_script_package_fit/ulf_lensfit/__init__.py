from .de_fit import DEfit
from .models import PSPLModel

__all__ = ["DEfit", "PSPLModel"]
