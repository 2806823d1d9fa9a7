from concurrent.futures import ProcessPoolExecutor


class ScoringEngine:
    def __init__(self, sink, weight=2):
        self.sink = sink
        self.weight = weight

    def score(self, value):
        return value * self.weight

    def run(self, values):
        with ProcessPoolExecutor(2) as executor:
            scores = list(executor.map(self.score, values))
        self.sink.write(f"{len(scores)} scores\n")
        return scores
