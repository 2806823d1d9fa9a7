# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Pipe connection in Process args is handled by multiprocessing itself
import multiprocessing


def child(conn):
    conn.send("from child")
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=child, args=(child_end,))
    proc.start()
    print(parent_end.recv())
    proc.join()
