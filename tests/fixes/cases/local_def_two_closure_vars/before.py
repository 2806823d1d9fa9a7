# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'summarise.<locals>.label'
# summary: a parameter and a local of the enclosing function both become partial arguments
# fix: PKL002 Move the local function
import multiprocessing


def summarise(prefix, values):
    separator = ": "

    def label(value):
        return prefix + separator + str(value)

    with multiprocessing.Pool(2) as pool:
        return pool.map(label, values)


if __name__ == "__main__":
    print(summarise("item", [1, 2, 3]))
