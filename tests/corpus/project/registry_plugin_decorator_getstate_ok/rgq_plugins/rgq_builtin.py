from .rgq_registry import transform


@transform("lower")
class Lowercase:
    def __init__(self, options):
        self.options = options

    def transform(self, text):
        return text.lower()


@transform("redact")
class Redactor:
    def __init__(self, options):
        self.word = options.get("word", "")
        self._build()

    def _build(self):
        word = self.word
        self.transform = lambda text: text.replace(word.upper(), "***")

    def __getstate__(self):
        return {"word": self.word}

    def __setstate__(self, state):
        self.word = state["word"]
        self._build()
