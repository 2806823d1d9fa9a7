# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Sublist3r's shape: Process subclasses of another module built in a comprehension over a tuple of classes; a threading.Lock() default stored on self travels with each start() under spawn
import multiprocessing

from enumerators import DNSdumpster, NetcraftEnum

ENGINES = (NetcraftEnum, DNSdumpster)

if __name__ == "__main__":
    found = multiprocessing.Manager().list()
    enums = [engine("example.com", q=found) for engine in ENGINES]  # [PKL005]
    for enum in enums:
        enum.start()
    for enum in enums:
        enum.join()
    print("found:", sorted(found))
