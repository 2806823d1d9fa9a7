from scm_settings import RunSettings

FACTORS = {"km": 1.0, "mi": 1.609344}


def convert(distance):
    factor = FACTORS[RunSettings.units.lower()]
    return round(distance * factor, RunSettings.precision)
