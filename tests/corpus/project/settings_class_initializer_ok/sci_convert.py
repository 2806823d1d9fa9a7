from sci_settings import RunSettings

FACTORS = {"km": 1.0, "mi": 1.609344}


def install(units):
    RunSettings.units = units


def convert(distance):
    return round(distance * FACTORS[RunSettings.units.lower()], 2)
