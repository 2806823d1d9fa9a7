"""Jobs of the package_reexport program."""

from .job import Job

__all__ = ["Job"]
