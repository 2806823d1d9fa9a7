from .errors import FormatError


class Subtitles:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def _detect(text):
    formats = [kind for kind, marker in (("srt", " --> "), ("ass", "[Script Info]")) if marker in text]
    if len(formats) != 1:
        raise FormatError(text, formats)
    return formats[0]


def load(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return Subtitles(_detect(text), text)
