# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing's ForkingPickler knows how to send sockets to pool workers
import multiprocessing
import socket


def send(sock):
    sock.sendall(b"hi")
    sock.close()
    return "sent"


if __name__ == "__main__":
    left, right = socket.socketpair()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(send, (left,)))
    print(right.recv(2))
    left.close()
    right.close()
