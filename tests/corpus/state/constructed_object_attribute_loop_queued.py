# runtime: fork=error spawn=error forkserver=error
# error-contains: WeakSet.__init__.<locals>._remove
# summary: an event is built from an attribute of a local object whose __init__ keeps an asyncio event loop; the queue's feeder thread cannot pickle the loop and the event is lost
import asyncio
import multiprocessing
import queue


class PeerRequest:
    def __init__(self, loop):
        self.loop = loop


class Endpoint:
    def __init__(self, name):
        self.name = name
        self.loop = asyncio.new_event_loop()
        self.outgoing = multiprocessing.Queue()


def main():
    endpoint = Endpoint("peer-1")
    try:
        endpoint.outgoing.put(PeerRequest(endpoint.loop))  # [PKL005]
        try:
            print(type(endpoint.outgoing.get(timeout=3)).__name__)
        except queue.Empty:
            raise SystemExit("the event was never delivered")
    finally:
        endpoint.loop.close()


if __name__ == "__main__":
    main()
