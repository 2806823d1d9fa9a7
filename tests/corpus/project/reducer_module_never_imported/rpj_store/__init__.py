from .rpj_ledger import Ledger

__all__ = ["Ledger"]
