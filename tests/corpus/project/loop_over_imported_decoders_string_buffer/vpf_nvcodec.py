"""A native video decoder binding: it keeps a ctypes surface buffer."""
import ctypes


class Decoder:
    def __init__(self, url, gpu_id):
        self.url = url
        self.gpu_id = gpu_id
        self._surface = ctypes.create_string_buffer(64)

    def decode(self, index):
        return bytes([index % 256]) * 4
