# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_json.Scanner' object
# summary: a json.JSONDecoder (its scanner is a C object) given to submit as a keyword argument
import json
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal


def parse(text, decoder):
    return decoder.decode(text)


if __name__ == "__main__":
    decoder = json.JSONDecoder(parse_float=Decimal)
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(parse, '{"price": 1.25}', decoder=decoder)  # [PKL004]
        print(future.result(timeout=10))
