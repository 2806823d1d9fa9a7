# runtime: fork=ok spawn=ok forkserver=ok
# summary: dill copies a local function by value with its closure; the client it captures keeps only its URL and a threading lock (dill copies locks), so the map runs
import threading

from multiprocess import Pool


class JudgeClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self._lock = threading.Lock()

    def score(self, text):
        return len(text) % 5


def make_process_docs(client):
    def process_doc(doc):
        return {"q": doc, "score": client.score(doc)}

    return process_doc


if __name__ == "__main__":
    fn = make_process_docs(JudgeClient("https://judge.example.invalid"))
    with Pool(2) as pool:
        print(pool.map(fn, ["chart one", "chart two", "chart three"]))
