import threading


class LockedCodec:
    """Keeps a lock for its own bookkeeping; its `dumps` is a static method, so pickling
    `codec.dumps` pickles the function by name, not the codec."""

    def __init__(self):
        self.lock = threading.Lock()

    @staticmethod
    def dumps(record):
        return "|".join(f"{key}={value}" for key, value in sorted(record.items()))
