# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Pipe between parent and child carries plain data fine
import multiprocessing


def child(conn):
    conn.send(["hello", 1, 2.5])
    conn.close()


if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe(duplex=False)
    proc = multiprocessing.Process(target=child, args=(sender,))
    proc.start()
    print(receiver.recv())
    proc.join()
