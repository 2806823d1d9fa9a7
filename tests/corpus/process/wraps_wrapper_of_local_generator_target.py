# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'run_service_in_process.<locals>.target_fn'
# summary: purerpc 30: a helper wraps a local generator with `_wrap_gen_in_process(conn)(gen)`, a `functools.wraps` wrapper that takes the local function's qualified name, and starts it as the Process target; spawn looks that name up and cannot
import contextlib
import functools
import multiprocessing


def _wrap_gen_in_process(conn):
    def decorator(gen):
        @functools.wraps(gen)
        def new_fn():
            with contextlib.contextmanager(gen)() as result:
                conn.send(result)
                conn.close()

        return new_fn

    return decorator


def _run_in_process(cm_gen):
    parent_conn, child_conn = multiprocessing.Pipe(duplex=False)
    target_fn = _wrap_gen_in_process(child_conn)(cm_gen)
    process = multiprocessing.Process(target=target_fn)  # [PKL002]
    process.start()
    try:
        if parent_conn.poll(15):
            print("service port:", parent_conn.recv())
    finally:
        process.join(5)


def run_service_in_process(port):
    def target_fn():
        yield port

    _run_in_process(target_fn)


if __name__ == "__main__":
    run_service_in_process(50055)
