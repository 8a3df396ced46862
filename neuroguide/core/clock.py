"""Where time comes from: the system clock in the app, a fake one that tests move by hand."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The local wall-clock time, time-zone aware."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that stands still until told to move, so tests never sleep."""

    def __init__(self, start: datetime | None = None) -> None:
        self._monotonic = 1000.0
        self._now = start or datetime(2026, 1, 5, 8, 0).astimezone()

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward on the monotonic clock")
        self._monotonic += seconds
        self._now += timedelta(seconds=seconds)
