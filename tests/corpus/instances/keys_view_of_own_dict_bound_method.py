# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'dict_keys' object
# summary: a character tokenizer keeps `self.labels = self.vocab_dict.keys()`, a view of the dict it built; mapping its bound method over a Pool pickles the tokenizer, view included, with every task (openspeech 183)
import multiprocessing


class CharacterTokenizer:
    def __init__(self, vocab):
        self.vocab_dict = {ch: i for i, ch in enumerate(vocab)}
        self.labels = self.vocab_dict.keys()
        self.blank_id = self.vocab_dict["_"]

    def encode(self, sentence):
        return [self.vocab_dict[ch] for ch in sentence if ch in self.vocab_dict]


if __name__ == "__main__":
    tokenizer = CharacterTokenizer("_abcdefghijklmnopqrstuvwxyz ")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(tokenizer.encode, ["hello world", "open speech"]))  # [PKL009]
