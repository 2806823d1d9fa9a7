from roi_framework import step


@step
def tokenize(text):
    return text.split()


@step
def count(text):
    return len(text.split())
