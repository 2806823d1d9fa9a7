class RunSettings:
    """Filled in by the command line before the work starts."""

    units = None
    precision = 2
