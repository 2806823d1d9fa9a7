# runtime: fork=ok spawn=ok forkserver=ok
# summary: food-101-keras #7 fixed: the ImageDataGenerator that keeps the Pool it is given drops it in __getstate__, so the tuples flow()'s iterator maps, holding the generator's bound method process, pickle without the Pool
import multiprocessing
import random


def process_image_worker(tup):
    process, image, seed = tup
    return process(image, random.Random(seed))


class ImageDataGenerator:
    def __init__(self, pool=None):
        self.pool = pool
        self.pipeline = []

    def __getstate__(self):
        state = self.__dict__.copy()
        state["pool"] = None  # workers only run the pipeline
        return state

    def set_pipeline(self, pipeline):
        self.pipeline = pipeline

    def process(self, x, rng):
        for p in self.pipeline:
            x = p(x, rng)
        return x

    def flow(self, X, batch_size=2, seed=0):
        return ImageListIterator(X, self, batch_size=batch_size, seed=seed, pool=self.pool)


class ImageListIterator:
    def __init__(self, X, image_data_generator, batch_size, seed, pool):
        self.X = X
        self.image_data_generator = image_data_generator
        self.batch_size = batch_size
        self.seed = seed
        self.pool = pool
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        index_array = range(self.index, self.index + self.batch_size)
        self.index += self.batch_size
        return self.pool.map(process_image_worker, (
            (self.image_data_generator.process, self.X[j], self.seed + i)
            for i, j in enumerate(index_array)))


def random_shift(x, rng):
    return [v + rng.randint(0, 2) for v in x]


def rescale(x, rng):
    return [round(v / 255.0, 4) for v in x]


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=2)
    try:
        datagen = ImageDataGenerator(pool=pool)
        datagen.set_pipeline([random_shift, rescale])
        images = [[float(10 * i + k) for k in range(3)] for i in range(4)]
        generator = datagen.flow(images, batch_size=2, seed=11)
        print(next(generator))
    finally:
        pool.terminate()
        pool.join()
