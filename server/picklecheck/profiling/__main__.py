"""`python -m picklecheck.profiling script.py [args...]` (same as `picklecheck profile`)."""

import sys

from picklecheck.profiling.cli import main

if __name__ == "__main__":
    sys.exit(main())
