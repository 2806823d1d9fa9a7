# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'SSLContext' object
# summary: an app method builds the server settings from its ssl parameter and a manager class of another module keeps them for the spawn Processes its constructor makes
import ssl

from spawner_manager import WorkerManager, worker_serve


class App:
    def run(self, host, port, ssl=None, workers=1):
        settings = {"host": host, "port": port, "ssl": ssl}
        WorkerManager(workers, worker_serve, settings).run()  # [PKL004]


if __name__ == "__main__":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    App().run(host="127.0.0.1", port=8443, ssl=context)
    print("server stopped")
