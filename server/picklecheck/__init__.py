"""picklecheck: find values that cannot be pickled where they cross a process boundary."""

from picklecheck._version import __version__

__all__ = ["__version__"]
