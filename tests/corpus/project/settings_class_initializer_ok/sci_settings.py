class RunSettings:
    units = None
