from . import plugin


@plugin("length")
def length(word):
    return len(word)
