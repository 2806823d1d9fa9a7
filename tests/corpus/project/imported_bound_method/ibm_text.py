class Tokenizer:
    def __init__(self):
        self.normalize = lambda text: text.lower()

    def count(self, text):
        return len(self.normalize(text).split())
