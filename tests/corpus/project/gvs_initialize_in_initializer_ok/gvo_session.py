class FakeSession:
    def __init__(self, host):
        self.host = host

    def get(self, path):
        return f"{self.host}/{path} -> 200"
