RULES = {
    "trim": lambda value: value.strip(),
    "lower": lambda value: value.lower(),
}
