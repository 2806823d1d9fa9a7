# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'greet'
# summary: the worker defined under the guard does not exist in a spawned executor worker
# fix: PKL003 Move `greet` out
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    print("start")

    def greet(name):
        return f"hello {name}"

    with ProcessPoolExecutor(max_workers=1) as executor:
        print(executor.submit(greet, "world").result())
