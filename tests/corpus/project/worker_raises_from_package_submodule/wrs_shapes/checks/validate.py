class ShapeError(Exception):
    def __init__(self, expected, actual):
        super().__init__(f"expected {expected}, got {actual}")
        self.expected = expected
        self.actual = actual


def expect_equal(what, left, right):
    if left != right:
        raise ShapeError(f"{what} {right}", left)
