from .sqlite import SQliteReader

__all__ = ["SQliteReader"]
