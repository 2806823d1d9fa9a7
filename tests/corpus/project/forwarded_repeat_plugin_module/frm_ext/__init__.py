from .frm_loader import load_formatters

__all__ = ["load_formatters"]
