# runtime: fork=ok spawn=ok forkserver=ok
# summary: a service of another module maps `self.codec.dumps` of the codec it is given: the json module's function and a static method of an object holding a lock are pickled by name, without the module or the object
import json

from cb_codecs import LockedCodec
from cb_service import EncodingService

if __name__ == "__main__":
    records = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
    print(EncodingService(json).encode_all(records))
    print(EncodingService(LockedCodec()).encode_all(records))
