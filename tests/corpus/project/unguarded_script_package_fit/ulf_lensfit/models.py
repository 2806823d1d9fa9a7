class PSPLModel:
    def __init__(self, data):
        self.data = data

    def chi2(self, params):
        t0, u0 = params
        return sum((f - (1.0 + u0 / (1.0 + (t - t0) ** 2))) ** 2 for t, f in self.data)
