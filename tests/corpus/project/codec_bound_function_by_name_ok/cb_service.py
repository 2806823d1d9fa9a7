from concurrent.futures import ProcessPoolExecutor


class EncodingService:
    """Encodes records on a process pool with the codec it is given."""

    def __init__(self, codec):
        self.codec = codec

    def encode_all(self, records):
        with ProcessPoolExecutor(max_workers=2) as executor:
            return list(executor.map(self.codec.dumps, records))
