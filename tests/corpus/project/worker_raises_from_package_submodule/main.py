# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'actual'
# summary: the pool worker calls a package function that checks shapes through `checks.expect_equal(...)` of a submodule imported with `from .checks import validate`; the ShapeError it raises needs two arguments but hands its base class one message, so the parent cannot rebuild it and map's get() fails (chainer PR 6884, reproduced blind)
from wrs_worker_pool import project_all

if __name__ == "__main__":
    print(project_all([[[1, 2, 3]], [[4, 5]]]))
