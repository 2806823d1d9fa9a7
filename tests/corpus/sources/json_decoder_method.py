# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_json.Scanner' object
# summary: pool.map(decoder.decode, ...): the bound method pickles the JSONDecoder a helper built
import json
import multiprocessing


def make_decoder():
    return json.JSONDecoder(object_pairs_hook=dict)


if __name__ == "__main__":
    decoder = make_decoder()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(decoder.decode, ['{"a": 1}', "[2]"]))  # [PKL009]
