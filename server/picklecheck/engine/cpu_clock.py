"""CPU-time deadlines that are cheap to check.

Budgets count this thread's CPU time, so a loaded machine does not cut an analysis short. But
reading a thread's CPU clock is a system call (a few microseconds on an idle VM, far more on a
loaded one, where the call may give up the core), and budgets are checked on every inference
step. A thread's CPU time never grows faster than the wall clock, which is read without a
system call: the CPU clock is read only once the wall time since its last reading could have
carried it past the deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def _nothing() -> float:
    return 0.0


class CpuDeadline:
    """A deadline `seconds` of CPU time from now, less whatever `excluded` counts (CPU seconds
    that must not be charged, such as loading modules; it may only grow)."""

    def __init__(self, seconds: float, excluded: Callable[[], float] = _nothing) -> None:
        self._excluded = excluded
        self._read_at = time.perf_counter()  # before the CPU reading: the bound stays safe
        self._spent = time.thread_time() - excluded()
        self.deadline = self._spent + seconds

    def passed(self) -> bool:
        now = time.perf_counter()
        if self._spent + (now - self._read_at) <= self.deadline:
            return False  # not enough wall time since the last reading to reach it
        return self.remaining() < 0

    def remaining(self) -> float:
        """CPU seconds left, read from the CPU clock."""
        self._read_at = time.perf_counter()
        self._spent = time.thread_time() - self._excluded()
        return self.deadline - self._spent
