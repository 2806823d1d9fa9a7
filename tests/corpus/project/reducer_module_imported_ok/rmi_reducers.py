from multiprocessing.reduction import ForkingPickler

from rmi_clients import PriceClient


def _rebuild(path):
    return PriceClient(path)


def _reduce(client):
    return _rebuild, (client.path,)


ForkingPickler.register(PriceClient, _reduce)
