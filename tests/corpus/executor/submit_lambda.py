# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: ProcessPoolExecutor.submit pickles the function for every call, under every method
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(lambda: 42)  # [PKL001]
        print(future.result(timeout=10))
