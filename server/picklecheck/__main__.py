"""`python -m picklecheck ...`: the command-line interface (see `picklecheck.cli.main`)."""

from picklecheck.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
