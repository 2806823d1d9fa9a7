import multiprocessing

shared_array = None


def init(array):
    global shared_array
    shared_array = array


def fill(i):
    shared_array[i] = i * i


if __name__ == "__main__":
    array = multiprocessing.Array("d", 10)
    with multiprocessing.Pool(2, initializer=init, initargs=(array,)) as pool:
        pool.map(fill, range(10))
    print(list(array))
