# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a fixture's setup() keeps an imported module on self; a later method starts a Process with a bound method of the fixture as target
import json
import multiprocessing


class ServerFixture:
    def setup(self):
        self.codec = json
        self.results = multiprocessing.Queue()

    def serve(self, payload):
        self.results.put(self.codec.dumps(payload))

    def roundtrip(self):
        server = multiprocessing.Process(target=self.serve, args=({"prompt": "$ "},))  # [PKL009]
        server.start()
        got = self.results.get(timeout=30)
        server.join()
        return got


if __name__ == "__main__":
    fixture = ServerFixture()
    fixture.setup()
    print(fixture.roundtrip())
