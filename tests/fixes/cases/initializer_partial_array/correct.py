import multiprocessing

shared = None


def init(array):
    global shared
    shared = array


def fill(index):
    shared[index] = index * index
    return index


if __name__ == "__main__":
    array = multiprocessing.Array("i", 4)
    with multiprocessing.Pool(2, initializer=init, initargs=(array,)) as pool:
        print(pool.map(fill, range(4)))
    print(list(array))
