import vpf_nvcodec


class StreamDecoder:
    def __init__(self, gpu_id, url, index):
        self.index = index
        self.decoder = vpf_nvcodec.Decoder(url, gpu_id)

    def run(self, frames=3):
        return self.index, sum(len(self.decoder.decode(i)) for i in range(frames))
