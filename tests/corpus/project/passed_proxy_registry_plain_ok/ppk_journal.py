from dataclasses import dataclass


@dataclass
class JournalInfo:
    """Where a journal lives: only its path travels between processes."""

    path: str
    lines: int = 0
