"""Days the person gives in Settings (their birth, their last appointment): kept as YYYY-MM-DD text, or
empty when not given."""

from __future__ import annotations

import re
from datetime import date

FIRST_YEAR = 1900  # the earliest day of birth or appointment taken
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def day_problem(value: str, today: date | None = None) -> str | None:
    """Why ``value`` is not a day that has been (empty is fine): a day still to come cannot be a
    birth or an appointment already had."""
    if not value:
        return None
    day = _day_of(value)
    if day is None:
        return f"expected a date as YYYY-MM-DD, such as 1950-03-14, got {value!r}"
    if day > (today or date.today()):
        return f"expected a day no later than today, got {value}"
    return None if day.year >= FIRST_YEAR else f"expected a day from {FIRST_YEAR} on, got {value}"


def given_day(value: str) -> date | None:
    """The day ``value`` names, or None when it is empty (or not a day: never raised)."""
    return _day_of(value) if value else None


def _day_of(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if _DAY.fullmatch(value) else None
    except ValueError:  # 2026-02-30
        return None
