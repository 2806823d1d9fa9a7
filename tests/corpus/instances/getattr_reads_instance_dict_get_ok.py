# runtime: fork=ok spawn=ok forkserver=ok
# summary: the attribute dict's __getattr__ reads the flag with self.__dict__.get(...), so the empty instance being unpickled answers AttributeError for __setstate__ (the fix of peppy 108)
from concurrent.futures import ProcessPoolExecutor


class AttributeDict(object):
    def __init__(self, entries=None, _attribute_identity=False):
        self.__dict__["_attribute_identity"] = _attribute_identity
        for key, value in (entries or {}).items():
            self.__dict__[key] = value

    def __getattr__(self, item):
        if self.__dict__.get("_attribute_identity"):
            return item
        raise AttributeError(item)


class Sample(AttributeDict):
    pass


def describe(sample):
    return f"{sample.sample_name}: {sample.protocol}"


if __name__ == "__main__":
    samples = [Sample({"sample_name": f"frog_{i}", "protocol": "RNA-seq"}) for i in range(3)]
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(describe, samples)))
