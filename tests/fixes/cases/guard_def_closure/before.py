# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'scaled'
# summary: the moved function reads `scale`, set under the guard, so it becomes a partial argument
# fix: PKL003 Move `scaled` out
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    scale = 2.5

    def scaled(x):
        return x * scale

    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(scaled, [1, 2, 4])))
