"""CPU-time deadlines read the CPU clock only when the wall clock says it could matter."""

from __future__ import annotations

import time

import pytest

from picklecheck.engine.cpu_clock import CpuDeadline


def _burn_cpu(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


@pytest.fixture
def cpu_readings(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every reading of the thread's CPU clock, as it happens (the real clock)."""
    readings: list[float] = []
    real = time.thread_time

    def counted() -> float:
        readings.append(real())
        return readings[-1]

    monkeypatch.setattr(time, "thread_time", counted)
    return readings


def test_far_from_the_deadline_the_cpu_clock_is_not_read(cpu_readings: list[float]) -> None:
    deadline = CpuDeadline(60.0)
    assert not any(deadline.passed() for _ in range(10_000))
    assert len(cpu_readings) == 1  # the starting point only


def test_spent_cpu_time_passes_the_deadline() -> None:
    deadline = CpuDeadline(0.02)
    _burn_cpu(0.05)
    assert deadline.passed()
    assert deadline.remaining() < 0


def test_waiting_is_not_spending(cpu_readings: list[float]) -> None:
    """Wall time past the deadline makes it read the CPU clock, which says the thread slept."""
    deadline = CpuDeadline(0.05)
    time.sleep(0.1)
    assert not deadline.passed()
    assert len(cpu_readings) == 2
    assert not deadline.passed()  # the new reading is the new starting point
    assert len(cpu_readings) == 2


def test_excluded_seconds_are_not_charged() -> None:
    excluded = [0.0]
    deadline = CpuDeadline(0.02, lambda: excluded[0])
    _burn_cpu(0.05)
    excluded[0] = 10.0  # e.g. time spent loading modules
    assert not deadline.passed()
    assert deadline.remaining() > 9


def test_a_moved_deadline_is_honoured() -> None:
    deadline = CpuDeadline(0.01)
    deadline.deadline += 5.0
    _burn_cpu(0.03)
    assert not deadline.passed()
