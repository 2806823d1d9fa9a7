# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup <lambda> on ict_codecs failed
# summary: a table of lambdas imported from a sibling module (from ict_codecs import CODECS) goes with every task
from multiprocessing import Pool

from ict_codecs import CODECS, DEFAULT_CODEC


def encode_record(record, codecs, name):
    return codecs[name](record)


if __name__ == "__main__":
    records = [{"id": 1}, {"id": 2}]
    with Pool(2) as pool:
        out = pool.starmap(encode_record, [(r, CODECS, DEFAULT_CODEC) for r in records])  # [PKL001]
    print(out)
