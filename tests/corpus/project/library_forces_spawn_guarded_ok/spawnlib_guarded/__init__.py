from .matrix import matrix_profile

__all__ = ["matrix_profile"]
