from multiprocessing.reduction import ForkingPickler

from .rpi_ledger import Ledger


def _rebuild(name):
    return Ledger(name)


def _reduce(ledger):
    return _rebuild, (ledger.name,)


ForkingPickler.register(Ledger, _reduce)
