# runtime: fork=ok spawn=ok forkserver=ok
# summary: cloudpickle copies a lambda closing over a local by value: loky runs it
from joblib.externals.loky import get_reusable_executor


def main():
    scale = 3
    executor = get_reusable_executor(max_workers=2)
    print(list(executor.map(lambda x: x * scale, [1, 2, 3])))


if __name__ == "__main__":
    main()
