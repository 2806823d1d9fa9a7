# runtime: fork=ok spawn=hang forkserver=hang
# summary: the classic script without a main guard: main() is called at module level and opens a Pool; a spawned or forkserver child re-imports the script, runs main() again and refuses to start processes while bootstrapping: each worker dies and the Pool starts another, forever
from multiprocessing import Pool


def square(x):
    return x * x


def summarise(values):
    with Pool(2) as pool:
        return sum(pool.map(square, values))


def main():
    print("total", summarise(range(10)))


main()  # [PKL010]
