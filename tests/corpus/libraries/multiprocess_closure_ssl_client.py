# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'SSLContext' object
# summary: dill copies a local function by value with its closure: the client it captures keeps an SSLContext, which dill cannot pickle either
import ssl

from multiprocess import Pool


class JudgeClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self._ssl = ssl.create_default_context()

    def score(self, text):
        return len(text) % 5


def make_process_docs(client):
    def process_doc(doc):
        return {"q": doc, "score": client.score(doc)}

    return process_doc


if __name__ == "__main__":
    fn = make_process_docs(JudgeClient("https://judge.example.invalid"))
    with Pool(2) as pool:
        print(pool.map(fn, ["chart one", "chart two", "chart three"]))  # [PKL005]
