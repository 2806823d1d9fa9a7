from . import plugin


@plugin("upper")
def upper(word):
    return word.upper()


@plugin("reverse")
def reverse(word):
    return word[::-1]
