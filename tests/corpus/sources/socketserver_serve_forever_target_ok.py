# runtime: fork=ok spawn=ok forkserver=ok
# summary: praw #586 fixed: the child process builds its own ThreadingTCPServer from the address (a module-level function target) and reports its port on a queue, so only the address tuple and the queue cross
import multiprocessing
import socket
import socketserver


class RequestHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())


class ThreadingTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True


def run_server(address, ready):
    server = ThreadingTCPServer(address, RequestHandler)
    ready.put(server.server_address[1])
    server.serve_forever()


if __name__ == "__main__":
    ready = multiprocessing.Queue()
    process = multiprocessing.Process(target=run_server, args=(("127.0.0.1", 0), ready))
    process.daemon = True
    process.start()
    port = ready.get(timeout=10)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(b"ping\n")
        print(conn.makefile("rb").readline())
    process.terminate()
    process.join()
    print("done")
