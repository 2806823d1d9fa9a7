class Catalog:
    def segments(self, name):
        return [f"{name}-{index}" for index in range(3)]

    def files(self, segment):
        return [f"{segment}/{index}.png" for index in range(int(segment[-1]) + 1)]
