# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'SSLContext' object
# summary: sanic #2655: app.run(ssl=context) keeps the SSLContext in the server settings; the worker manager copies them into each worker's kwargs with dict(settings, ident=...), which spawn and forkserver must pickle
import multiprocessing
import ssl


class WorkerManager:
    def __init__(self, number, serve, server_settings):
        self.number = number
        self.serve = serve
        self.server_settings = server_settings
        self.processes = []

    def run(self):
        for ident in range(self.number):
            kwargs = dict(self.server_settings, ident=ident)
            process = multiprocessing.Process(target=self.serve, kwargs=kwargs)  # [PKL004]
            self.processes.append(process)
            process.start()
        for process in self.processes:
            process.join()
            if process.exitcode:
                raise SystemExit("worker exited with %s" % process.exitcode)


def serve_single(host, port, ssl, ident, app_name):
    scheme = "https" if ssl is not None else "http"
    print("%s worker %d listening on %s://%s:%d" % (app_name, ident, scheme, host, port))


class Sanic:
    def __init__(self, name):
        self.name = name

    def run(self, host="127.0.0.1", port=8443, ssl=None, workers=1):
        settings = {"host": host, "port": port, "ssl": ssl, "app_name": self.name}
        WorkerManager(workers, serve_single, settings).run()


if __name__ == "__main__":
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    app = Sanic("demo")
    app.run(host="127.0.0.1", port=8443, ssl=context, workers=1)
