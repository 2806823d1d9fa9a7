# runtime: fork=ok spawn=ok forkserver=ok
# summary: the model a generator function makes is turned into a list before the helper joins it into each job
import multiprocessing


def _forward(args):
    points, model = args[:-1], args[-1]
    return sum(cell * len(points) for cell in model)


def _split(arrays, extra_args, nparts):
    size = len(arrays[0])
    step = max(1, size // nparts)
    return [[a[lo : lo + step] for a in arrays] + list(extra_args) for lo in range(0, size, step)]


def gz(lon, lat, model, njobs=1):
    jobs = _split([lon, lat], extra_args=[model], nparts=njobs)
    with multiprocessing.Pool(njobs) as pool:
        return pool.map(_forward, jobs)


def modelgen(cells):
    for cell in cells:
        yield cell * 2


if __name__ == "__main__":
    print(gz(list(range(4)), list(range(4)), list(modelgen([1, 2, 3])), njobs=2))
