# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same endpoint keeps an event loop, but the event carries only its name, a string from the constructor
import asyncio
import multiprocessing


class PeerRequest:
    def __init__(self, sender):
        self.sender = sender


class Endpoint:
    def __init__(self, name):
        self.name = name
        self.loop = asyncio.new_event_loop()
        self.outgoing = multiprocessing.Queue()


def main():
    endpoint = Endpoint("peer-1")
    try:
        endpoint.outgoing.put(PeerRequest(endpoint.name))
        print(endpoint.outgoing.get(timeout=10).sender)
    finally:
        endpoint.loop.close()


if __name__ == "__main__":
    main()
