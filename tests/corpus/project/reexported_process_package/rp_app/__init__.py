"""The crawler application of the reexported_process_package program."""

from .crawler import Crawler

__all__ = ["Crawler"]
