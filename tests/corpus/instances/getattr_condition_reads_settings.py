# runtime: fork=ok spawn=error forkserver=error
# error-contains: maximum recursion depth exceeded
# summary: an application keeps a configuration object whose __getattr__ first tests `name not in self.settings`; unpickling it in the spawned child looks up attributes before `settings` exists, so __getattr__ calls itself until the recursion limit (gunicorn pull 2401)
import multiprocessing


class Config:
    def __init__(self):
        self.settings = {"bind": "127.0.0.1:8000", "workers": 2}

    def __getattr__(self, name):
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
    server = multiprocessing.Process(target=app.run)  # [PKL009]
    server.start()
    server.join()
    print("exit code", server.exitcode)
