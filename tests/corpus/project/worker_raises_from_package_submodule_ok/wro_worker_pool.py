from multiprocessing import Pool

from wro_shapes import project

WEIGHTS = [[1, 0, 1], [0, 1, 0]]


def project_one(batch):
    return project(batch, WEIGHTS)


def project_all(batches):
    with Pool(2) as pool:
        return pool.map_async(project_one, batches).get(timeout=5)
