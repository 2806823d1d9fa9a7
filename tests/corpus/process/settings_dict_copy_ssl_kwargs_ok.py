# runtime: fork=ok spawn=ok forkserver=ok
# summary: sanic #2655 look-alike: app.run(ssl=...) is given the certificate's path, not an SSLContext, so the settings the worker manager copies into each worker's kwargs pickle; each worker would load the certificate itself
import multiprocessing


class WorkerManager:
    def __init__(self, number, serve, server_settings):
        self.number = number
        self.serve = serve
        self.server_settings = server_settings
        self.processes = []

    def run(self):
        for ident in range(self.number):
            kwargs = dict(self.server_settings, ident=ident)
            process = multiprocessing.Process(target=self.serve, kwargs=kwargs)
            self.processes.append(process)
            process.start()
        for process in self.processes:
            process.join()
            if process.exitcode:
                raise SystemExit("worker exited with %s" % process.exitcode)


def serve_single(host, port, ssl, ident, app_name):
    scheme = "https" if ssl is not None else "http"
    print("%s worker %d listening on %s://%s:%d (cert %s)" % (app_name, ident, scheme, host, port, ssl))


class Sanic:
    def __init__(self, name):
        self.name = name

    def run(self, host="127.0.0.1", port=8443, ssl=None, workers=1):
        settings = {"host": host, "port": port, "ssl": ssl, "app_name": self.name}
        WorkerManager(workers, serve_single, settings).run()


if __name__ == "__main__":
    app = Sanic("demo")
    app.run(host="127.0.0.1", port=8443, ssl="certs/server.pem", workers=1)
