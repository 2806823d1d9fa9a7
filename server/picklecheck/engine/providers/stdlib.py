"""The standard library's multiprocessing: Process, Pool, queues, pipes, managers.

Its sinks live in `engine/sinks.py` (the boundaries every other provider is measured against)
and pickle with plain pickle (`ForkingPickler`).
"""

from __future__ import annotations

from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("multiprocessing", "Pool", "Process", "Queue", "Pipe", "Manager")


PROVIDER = Provider("multiprocessing", Pickler.PICKLE, MENTIONS)
