# runtime: fork=ok spawn=ok forkserver=ok
# summary: the script indexes with the factory-made model under `if __name__ == "__main__":`, so the spawned children that re-import it do not index again
import multiprocessing


def _encode(rank, passages, results):
    results.put((rank, [len(p.split()) for p in passages]))


class Launcher:
    def __init__(self):
        self.ctx = multiprocessing.get_context("spawn")

    def launch(self, passages):
        results = self.ctx.Queue()
        process = self.ctx.Process(target=_encode, args=(0, passages, results))
        process.start()
        encoded = results.get(timeout=10)
        process.join()
        return encoded


class RetrievalModel:
    @classmethod
    def from_pretrained(cls, name):
        model = cls()
        model.name = name
        return model

    def index(self, collection):
        return Launcher().launch(collection)


if __name__ == "__main__":
    RAG = RetrievalModel.from_pretrained("colbertv2")
    print("indexed:", RAG.index(["Hayao Miyazaki is an animator.", "Ghibli was founded in 1985."]))
