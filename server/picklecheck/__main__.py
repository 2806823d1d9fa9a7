"""`python -m picklecheck ...`: the command-line interface (see `picklecheck.cli.main`)."""

from picklecheck.cli.main import run

if __name__ == "__main__":
    run()
