# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing's pickler sends sockets (a duplicated descriptor): so do their methods
import multiprocessing
import socket

if __name__ == "__main__":
    left, right = socket.socketpair()
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(left.send, (b"x",)))
    print(right.recv(1))
    left.close()
    right.close()
