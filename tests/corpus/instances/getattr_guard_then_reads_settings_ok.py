# runtime: fork=ok spawn=ok forkserver=ok
# summary: the configuration's __getattr__ first refuses underscore names (the lookups unpickling makes), then tests `self.settings`; the spawned child rebuilds it without recursing
import multiprocessing


class Config:
    def __init__(self):
        self.settings = {"bind": "127.0.0.1:8000", "workers": 2}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self.settings:
            raise AttributeError(f"no setting {name}")
        return self.settings[name]


class Application:
    def __init__(self):
        self.cfg = Config()

    def run(self):
        print("serving on", self.cfg.bind)


if __name__ == "__main__":
    app = Application()
    server = multiprocessing.Process(target=app.run)
    server.start()
    server.join()
    print("exit code", server.exitcode)
