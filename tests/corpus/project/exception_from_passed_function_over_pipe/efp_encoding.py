class EncodingError(Exception):
    def __init__(self, message, obj):
        super().__init__(message)
        self.obj = obj


def encode(obj):
    if isinstance(obj, bytes):
        return bytes([0x80 + len(obj)]) + obj
    if isinstance(obj, (list, tuple)):
        body = b"".join(encode(item) for item in obj)
        return bytes([0xC0 + len(body)]) + body
    raise EncodingError("cannot encode this object", obj)
