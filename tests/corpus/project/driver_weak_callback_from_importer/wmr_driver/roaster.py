"""A device driver whose communication loop runs in its own process."""

import multiprocessing
import weakref


class Roaster:
    def __init__(self, on_update=None):
        # only a weak reference to the owner's callback, to avoid a cycle with the UI
        self._on_update = weakref.WeakMethod(on_update) if on_update is not None else None
        self._target = multiprocessing.Value("i", 150)
        self._process = None

    def connect(self):
        self._process = multiprocessing.Process(target=self._talk, args=(2,))  # [PKL009]
        self._process.start()

    def _talk(self, packets):
        for n in range(packets):
            print(f"packet {n} target={self._target.value}", flush=True)

    def disconnect(self):
        self._process.join(timeout=30)
        return self._process.exitcode
