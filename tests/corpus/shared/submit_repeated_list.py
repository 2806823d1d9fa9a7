# runtime: fork=ok spawn=ok forkserver=ok
# summary: [0.5] * 1500 submitted with each executor task in a loop is pickled per task
from concurrent.futures import ProcessPoolExecutor


def scaled(factor, weights):
    return factor * sum(weights)


if __name__ == "__main__":
    weights = [0.5] * 1_500
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = []
        for factor in range(4):
            futures.append(executor.submit(scaled, factor, weights))  # [PKL013]
        print([f.result() for f in futures])
