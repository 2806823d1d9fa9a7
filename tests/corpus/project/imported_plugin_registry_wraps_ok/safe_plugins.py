from safe_registry import plugin


@plugin("upper")
def upper(text):
    return text.upper()


@plugin("reverse")
def reverse(text):
    return text[::-1]
