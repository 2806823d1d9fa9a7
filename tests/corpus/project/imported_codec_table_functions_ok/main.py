# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same imported table holding module-level functions: they pickle by name
from multiprocessing import Pool

from ictf_codecs import CODECS, DEFAULT_CODEC


def encode_record(record, codecs, name):
    return codecs[name](record)


if __name__ == "__main__":
    records = [{"id": 1}, {"id": 2}]
    with Pool(2) as pool:
        out = pool.starmap(encode_record, [(r, CODECS, DEFAULT_CODEC) for r in records])
    print(out)
