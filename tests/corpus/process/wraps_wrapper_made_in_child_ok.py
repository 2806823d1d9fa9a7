# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of a wrapper started as a Process target: the target is a module-level function given the connection and a module-level generator function, and the child makes the context manager itself
import contextlib
import multiprocessing


def serve(port):
    yield port


def run_generator(conn, gen, port):
    with contextlib.contextmanager(gen)(port) as result:
        conn.send(result)
        conn.close()


def run_service_in_process(port):
    parent_conn, child_conn = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(target=run_generator, args=(child_conn, serve, port))
    process.start()
    try:
        if parent_conn.poll(15):
            print("service port:", parent_conn.recv())
    finally:
        process.join(5)


if __name__ == "__main__":
    run_service_in_process(50055)
