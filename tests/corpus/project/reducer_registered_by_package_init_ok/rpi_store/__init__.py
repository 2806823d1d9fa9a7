from . import rpi_reducers  # noqa: F401  registers how a Ledger crosses processes
from .rpi_ledger import Ledger

__all__ = ["Ledger"]
