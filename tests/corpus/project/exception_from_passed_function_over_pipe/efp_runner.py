import multiprocessing


def _run_child(conn, fn, args):
    try:
        result = fn(*args)
    except BaseException as err:
        conn.send(("error", err))  # [PKL008]
    else:
        conn.send(("ok", result))
    finally:
        conn.close()


def run_in_process(fn, *args, timeout=10):
    parent_conn, child_conn = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_run_child, args=(child_conn, fn, args))
    child.start()
    child_conn.close()
    if not parent_conn.poll(timeout):
        child.kill()
        raise TimeoutError("the child sent nothing")
    status, payload = parent_conn.recv()
    child.join(timeout)
    if status == "error":
        raise payload
    return payload
