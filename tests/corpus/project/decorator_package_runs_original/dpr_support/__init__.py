from .decorators import run_in_subprocess

__all__ = ["run_in_subprocess"]
