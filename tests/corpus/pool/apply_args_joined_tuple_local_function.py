# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'build_tasks.<locals>.scale'
# summary: task arguments are joined from tuples (`(value,) + extra`) and `extra` holds a local function, which Pool.apply_async cannot pickle
import multiprocessing


def apply(value, transform):
    return transform(value)


def build_tasks(factor):
    def scale(x):
        return x * factor

    return (scale,)


if __name__ == "__main__":
    extra = build_tasks(3)
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(apply, (value,) + extra) for value in range(3)]  # [PKL002]
        print([r.get(timeout=30) for r in results])
