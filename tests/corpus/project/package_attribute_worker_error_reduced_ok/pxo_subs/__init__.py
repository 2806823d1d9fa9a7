from .errors import FormatError
from .files import load

__all__ = ["FormatError", "load"]
