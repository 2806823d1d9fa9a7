# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Reverb.__load_response on __main__ failed
# summary: the augmentation keeps `functools.lru_cache(...)(Reverb.__load_response)`, a cache of its private static method; the wrapper pickles by that qualified name, which Python stored as `_Reverb__load_response`, so the pool's tasks cannot carry it (audiomentations 75)
import functools
import multiprocessing


class Reverb:
    def __init__(self, room="hall", cache_size=8):
        self.room = room
        self.__load_response = functools.lru_cache(maxsize=cache_size)(Reverb.__load_response)

    @staticmethod
    def __load_response(room):
        return [1.0, 0.5, 0.25] if room == "hall" else [1.0]

    def __call__(self, samples):
        response = self.__load_response(self.room)
        return [sum(s * r for s, r in zip(samples, response))]


def augment(task):
    effect, samples = task
    return effect(samples)


if __name__ == "__main__":
    effect = Reverb()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(augment, [(effect, [1.0, 2.0, 3.0])]))  # [PKL005]
