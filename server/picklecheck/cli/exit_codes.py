"""Exit codes shared by every subcommand (ruff's convention)."""

CLEAN = 0
FINDINGS = 1
USAGE_ERROR = 2
