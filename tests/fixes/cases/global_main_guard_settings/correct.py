import multiprocessing


def scale(value, settings):
    return value * settings["factor"]


if __name__ == "__main__":
    settings = {"factor": 3, "name": "triple"}
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(scale, [(v, settings) for v in [1, 2, 3]]))
