# runtime: fork=error spawn=error forkserver=error
# error-contains: _lambdifygenerated
# summary: a right-hand side built with sympy.lambdify is mapped over a Pool: the function lambdify generates with exec cannot be found by its name, so the task does not pickle under any start method (pysb issue 478, reproduced blind)
import multiprocessing

import sympy


def make_rhs():
    x, k = sympy.symbols("x k")
    return sympy.lambdify((x, k), -k * x, modules="math")


def integrate(rhs, k):
    x = 1.0
    for _ in range(10):
        x += 0.1 * rhs(x, k)
    return round(x, 4)


if __name__ == "__main__":
    rhs = make_rhs()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap_async(integrate, [(rhs, k) for k in (0.5, 1.0)]).get(timeout=60))  # [PKL004]
