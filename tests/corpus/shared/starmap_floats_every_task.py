# runtime: fork=ok spawn=ok forkserver=ok
# summary: 10,000 floats in every starmap task tuple: works, but each task pickles them again
import multiprocessing

N = 10_000


def partial_sum(start, values):
    return sum(values[start : start + 1_000])


if __name__ == "__main__":
    values = [float(i) for i in range(N)]
    with multiprocessing.Pool(2) as pool:
        tasks = [(start, values) for start in range(0, N, 1_000)]  # [PKL013]
        print(sum(pool.starmap(partial_sum, tasks)))
