def trim(value):
    return value.strip()


def lower(value):
    return value.lower()


RULES = {"trim": trim, "lower": lower}
