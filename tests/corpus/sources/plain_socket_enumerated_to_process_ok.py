# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same server hands plain sockets to its per-connection processes; multiprocessing sends those by duplicating the descriptor
import multiprocessing
import socket


def handle(conn, client_id):
    print("client", client_id, conn.family.name)
    conn.close()


def serve(connections):
    for client_id, conn in enumerate(connections):
        proc = multiprocessing.Process(target=handle, args=(conn, client_id))
        proc.start()
        proc.join()
        conn.close()


if __name__ == "__main__":
    serve([socket.socket(socket.AF_INET, socket.SOCK_STREAM)])
