# runtime: fork=error spawn=error forkserver=error
# error-contains: KeyError: '_attribute_identity'
# summary: an attribute dict's __getattr__ first reads self.__dict__["_attribute_identity"] (peppy 108); unpickling asks the still empty instance for __setstate__, so the worker gets KeyError instead of AttributeError
from concurrent.futures import ProcessPoolExecutor


class AttributeDict(object):
    def __init__(self, entries=None, _attribute_identity=False):
        self.__dict__["_attribute_identity"] = _attribute_identity
        for key, value in (entries or {}).items():
            self.__dict__[key] = value

    def __getattr__(self, item):
        if self.__dict__["_attribute_identity"]:
            return item
        raise AttributeError(item)


class Sample(AttributeDict):
    pass


def describe(sample):
    return f"{sample.sample_name}: {sample.protocol}"


if __name__ == "__main__":
    samples = [Sample({"sample_name": f"frog_{i}", "protocol": "RNA-seq"}) for i in range(3)]
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(describe, samples)))  # [PKL005]
