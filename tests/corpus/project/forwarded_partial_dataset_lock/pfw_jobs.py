import functools
import multiprocessing


def _count_segment(dataset, segment):
    return segment, len(dataset[segment])


def count_parallel(dataset, processes=2):
    job = functools.partial(_count_segment, dataset)
    with multiprocessing.Pool(processes) as pool:
        return dict(pool.map(job, dataset.keys()))
