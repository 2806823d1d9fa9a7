# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing's own pickler can send a socket through a Queue
import multiprocessing
import socket

if __name__ == "__main__":
    left, right = socket.socketpair()
    channel = multiprocessing.Queue()
    channel.put(left)
    received = channel.get(timeout=10)
    received.sendall(b"ping")
    print(right.recv(4))
    for sock in (left, right, received):
        sock.close()
