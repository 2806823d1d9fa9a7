class TokenStream:
    """Tokens of one document, produced lazily from the pattern's match iterator."""

    def __init__(self, doc_id, text, pattern):
        self.doc_id = doc_id
        self._matches = pattern.finditer(text)

    def __iter__(self):
        for match in self._matches:
            yield match.lastgroup, match.group()
