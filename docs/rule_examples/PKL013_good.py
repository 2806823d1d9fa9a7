# runtime: fork=ok spawn=ok forkserver=ok
# summary: the floats go to each worker once, as a shared Array through the pool initializer
import multiprocessing

shared_data = None


def attach(data):
    global shared_data
    shared_data = data


def window_sum(start):
    return sum(shared_data[start : start + 250])


if __name__ == "__main__":
    data = [float(i) for i in range(50_000)]
    array = multiprocessing.Array("d", data, lock=False)
    with multiprocessing.Pool(2, initializer=attach, initargs=(array,)) as pool:
        sums = pool.map(window_sum, range(0, 50_000, 250))
    print(sum(sums))
