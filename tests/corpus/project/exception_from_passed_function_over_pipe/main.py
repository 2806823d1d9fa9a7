# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'obj'
# summary: a `run_in_process(fn, *args)` helper of a sibling module runs `fn` in a child and sends whatever it raises back over a Pipe; the function passed in raises an encoder's exception whose `__init__(message, obj)` hands only the message to Exception, so the parent cannot rebuild it (asyncio-run-in-process 29)
from efp_encoding import EncodingError, encode
from efp_runner import run_in_process


def encode_header(fields):
    return encode(fields)


if __name__ == "__main__":
    print("encoded", len(run_in_process(encode_header, [b"parent", b"coinbase"])), "bytes")
    try:
        run_in_process(encode_header, [b"parent", 1234])
    except EncodingError as err:
        print("child failed:", err.obj)
