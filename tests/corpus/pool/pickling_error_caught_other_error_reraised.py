# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'combine.<locals>.double'
# summary: the Pool call sits in a `try` whose handler catches only OSError, so the local function's pickling error still stops the program
import multiprocessing


def combine(values):
    def double(value):
        return value * 2

    try:
        with multiprocessing.Pool(2) as pool:
            return pool.map(double, values)  # [PKL002]
    except OSError as error:
        print("pool failed:", error)
        return [double(value) for value in values]


if __name__ == "__main__":
    print(combine([1, 2, 3]))
