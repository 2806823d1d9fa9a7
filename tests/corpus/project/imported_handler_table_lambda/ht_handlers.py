HANDLERS = {
    "double": lambda x: x * 2,
    "negate": lambda x: -x,
}
