# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: praw #586: Process(target=server.serve_forever) with a project ThreadingTCPServer; the bound method pickles the server, whose shutdown Event holds a lock (and whose socket refuses too), under spawn and forkserver
import multiprocessing
import socket
import socketserver


class RequestHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())


class ThreadingTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True


if __name__ == "__main__":
    server = ThreadingTCPServer(("127.0.0.1", 0), RequestHandler)
    port = server.server_address[1]
    process = multiprocessing.Process(target=server.serve_forever)  # [PKL009]
    process.daemon = True
    process.start()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(b"ping\n")
        print(conn.makefile("rb").readline())
    process.terminate()
    process.join()
    server.server_close()
    print("done")
