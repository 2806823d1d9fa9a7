# runtime: fork=ok spawn=ok forkserver=ok
# summary: static and class methods of a module-level class are found by qualified name
import multiprocessing


class Maths:
    @staticmethod
    def square(x):
        return x * x

    @classmethod
    def cube(cls, x):
        return x**3


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(Maths.square, range(4)))
        print(pool.map(Maths.cube, range(4)))
