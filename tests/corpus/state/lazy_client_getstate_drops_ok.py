# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same lazily loaded client, left out of the generator's pickled state by __getstate__ (each worker loads its own)
import multiprocessing
import threading


class Client:
    def __init__(self, key):
        self.key = key
        self._lock = threading.RLock()

    def complete(self, model, prompt):
        return f"[{model}] {prompt}"


class Generator:
    def __init__(self, name, parallel=1):
        self.name = name
        self.parallel = parallel
        self.client = None

    def __getstate__(self):
        state = self.__dict__.copy()
        state["client"] = None
        return state

    def _load_client(self):
        self.client = Client("sk-test")

    def _call_model(self, prompt):
        if self.client is None:
            self._load_client()
        return self.client.complete(self.name, prompt)

    def generate(self, prompts):
        if self.parallel > 1 and len(prompts) > 1:
            with multiprocessing.Pool(self.parallel) as pool:
                return pool.map(self._call_model, prompts)
        return [self._call_model(p) for p in prompts]


if __name__ == "__main__":
    generator = Generator("model-a", parallel=2)
    print(generator.generate(["who are you"]))
    print(generator.generate(["one", "two"]))
