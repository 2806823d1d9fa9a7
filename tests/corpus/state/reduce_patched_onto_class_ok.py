# runtime: fork=ok spawn=ok forkserver=ok
# summary: the tokenizer wraps a native encoder (a lock here), but the module sets `BPE.__reduce__` to rebuild it from the model path, so pool tasks carry it (YouTokenToMe 32)
import multiprocessing
import os
import tempfile
import threading


class NativeEncoder:
    def __init__(self, vocab):
        self.vocab = vocab
        self._lock = threading.Lock()


class BPE:
    def __init__(self, model):
        self.model = model
        with open(model) as source:
            words = source.read().split()
        self.encoder = NativeEncoder({word: i for i, word in enumerate(words)})

    def encode(self, sentence):
        return [self.encoder.vocab.get(word, 0) for word in sentence.split()]


def bpe_reduce(self):
    return (self.__class__, (self.model,))


BPE.__reduce__ = bpe_reduce


def encode(task):
    bpe, sentence = task
    return bpe.encode(sentence)


if __name__ == "__main__":
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "shared.model")
    with open(path, "w") as out:
        out.write("<unk> hello world")
    bpe = BPE(path)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(encode, [(bpe, "hello world"), (bpe, "world")]))
    os.remove(path)
    os.rmdir(folder)
