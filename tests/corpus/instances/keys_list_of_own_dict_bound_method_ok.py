# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same tokenizer with the fix openspeech took: `list(self.vocab_dict.keys())` copies the keys into a list, which pickles
import multiprocessing


class CharacterTokenizer:
    def __init__(self, vocab):
        self.vocab_dict = {ch: i for i, ch in enumerate(vocab)}
        self.labels = list(self.vocab_dict.keys())
        self.blank_id = self.vocab_dict["_"]

    def encode(self, sentence):
        return [self.vocab_dict[ch] for ch in sentence if ch in self.vocab_dict]


if __name__ == "__main__":
    tokenizer = CharacterTokenizer("_abcdefghijklmnopqrstuvwxyz ")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(tokenizer.encode, ["hello world", "open speech"]))
