from .rgp_registry import transform


@transform("lower")
class Lowercase:
    def __init__(self, options):
        self.options = options

    def transform(self, text):
        return text.lower()


@transform("redact")
class Redactor:
    def __init__(self, options):
        word = options.get("word", "")
        self.transform = lambda text: text.replace(word.upper(), "***")
