# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same run_in_process helper and encoder, but the exception hands both of its arguments to Exception.__init__, so its args rebuild it in the parent and the failure arrives as the encoder's error
from efr_encoding import EncodingError, encode
from efr_runner import run_in_process


def encode_header(fields):
    return encode(fields)


if __name__ == "__main__":
    print("encoded", len(run_in_process(encode_header, [b"parent", b"coinbase"])), "bytes")
    try:
        run_in_process(encode_header, [b"parent", 1234])
    except EncodingError as err:
        print("child failed:", err.obj)
