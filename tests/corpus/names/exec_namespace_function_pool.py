# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup point_detect on __main__ failed
# summary: qatrackplus 584's shape: a composite test runs its calculation procedure (a string kept on the test) with exec() in a namespace of its own; the procedure's Pool.starmap pickles point_detect, which that namespace holds and no module does, so the lookup in __main__ fails under every start method
import multiprocessing

CALCULATION_PROCEDURE = """
from multiprocessing import Pool

def point_detect(image, threshold):
    return sum(1 for value in image if value > threshold)

with Pool(2) as pool:
    result = pool.starmap(point_detect, [(image, 3) for image in images])
"""


class CompositeTest:
    def __init__(self, slug, procedure):
        self.slug = slug
        self.calculation_procedure = procedure

    def calculate(self, context):
        namespace = {"images": context["images"]}
        code = compile(self.calculation_procedure, f"<{self.slug}>", "exec")
        exec(code, namespace)  # [PKL014]
        return namespace["result"]


if __name__ == "__main__":
    test = CompositeTest("bb_points", CALCULATION_PROCEDURE)
    print(test.calculate({"images": [[1, 4, 5], [2, 9, 0, 7]]}))
