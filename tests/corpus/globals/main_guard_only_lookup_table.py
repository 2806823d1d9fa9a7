# runtime: fork=ok spawn=error forkserver=error
# error-contains: name 'codes' is not defined
# summary: the lookup table the workers read is built only under the main guard; a spawned child never defines it
import multiprocessing


def describe(code):
    return f"{code}: {codes[code]}"


if __name__ == "__main__":
    codes = {200: "ok", 404: "missing"}
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [200, 404]))  # [PKL016]
