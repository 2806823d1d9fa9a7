# runtime: fork=ok spawn=error forkserver=error
# error-contains: unsupported operand type(s)
# summary: the main block stores the observed value in a module global the residual subtracts from each sample; a spawned worker computes with the import-time None (emcee issue 335, reproduced blind)
import multiprocessing

observed = None


def residual(theta):
    return theta - observed


if __name__ == "__main__":
    observed = 0.5
    with multiprocessing.Pool(2) as pool:
        print(pool.map(residual, [1.0, 2.0]))  # [PKL016]
