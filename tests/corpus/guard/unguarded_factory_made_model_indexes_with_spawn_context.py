# runtime: fork=error spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process before the
# summary: the script calls `RAG.index(...)` at module level on a model made by a classmethod factory; its launcher always uses a spawn context, so every child re-imports the script and indexes again while bootstrapping, whatever the default start method (RAGatouille 10)
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


RAG = RetrievalModel.from_pretrained("colbertv2")
print("indexed:", RAG.index(["Hayao Miyazaki is an animator.", "Ghibli was founded in 1985."]))  # [PKL010]
