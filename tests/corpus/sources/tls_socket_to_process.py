# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'SSLSocket' object
# summary: a TLS-wrapped socket handed to a per-connection Process: multiprocessing can send plain sockets, but its reducer is registered for socket.socket only, not the SSLSocket subclass
import multiprocessing
import socket
import ssl


def make_tls_socket():
    context = ssl.create_default_context()
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    return context.wrap_socket(raw, server_hostname="example.org", do_handshake_on_connect=False)


def handle(conn, client_id):
    print("client", client_id, conn.family.name)
    conn.close()


def serve(connections):
    for client_id, conn in enumerate(connections):
        proc = multiprocessing.Process(target=handle, args=(conn, client_id))  # [PKL004]
        proc.start()
        proc.join()
        conn.close()


if __name__ == "__main__":
    serve([make_tls_socket()])
