import multiprocessing


def fill(i, shared_array):
    shared_array[i] = i * i


if __name__ == "__main__":
    shared_array = multiprocessing.Array("d", 10)
    with multiprocessing.Pool(2) as pool:
        pool.starmap(fill, [(i, shared_array) for i in range(10)])
    print(list(shared_array))
