import vpo_nvcodec


class StreamDecoder:
    def __init__(self, gpu_id, url, index):
        self.index = index
        self.gpu_id = gpu_id
        self.url = url

    def run(self, frames=3):
        decoder = vpo_nvcodec.Decoder(self.url, self.gpu_id)  # opened in the worker
        return self.index, sum(len(decoder.decode(i)) for i in range(frames))
