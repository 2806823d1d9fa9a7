# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same fixture's setup() keeps the codec's name and a queue; the bound method pickles (the queue is inherited by the child)
import json
import multiprocessing


class ServerFixture:
    def setup(self):
        self.codec = "json"
        self.results = multiprocessing.Queue()

    def serve(self, payload):
        self.results.put(json.dumps(payload))

    def roundtrip(self):
        server = multiprocessing.Process(target=self.serve, args=({"prompt": "$ "},))
        server.start()
        got = self.results.get(timeout=30)
        server.join()
        return got


if __name__ == "__main__":
    fixture = ServerFixture()
    fixture.setup()
    print(fixture.roundtrip())
