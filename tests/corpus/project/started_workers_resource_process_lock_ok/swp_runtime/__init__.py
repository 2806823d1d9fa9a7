from .workers import start_workers

__all__ = ["start_workers"]
