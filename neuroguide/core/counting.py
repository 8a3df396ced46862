"""Which sessions count toward the weekly goal, the run of days and "today's session is done".

A session counts when it was finished, or when enough of it was done to matter: at least half of its
steps (``steps_done * 2 >= steps_total``, for a session with steps). One stopped or interrupted before
that is shown in the history as what it was, but counted nowhere and praised nowhere: a crash after
the first minute is not a session done. The history keeps the same rule in SQL
(``store.migrations.counted_sql``), so a day's count is summed there; a test holds the two together.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

ENDED_EARLY = ("stopped", "interrupted")


class Why(enum.StrEnum):
    """Why a session counts, or does not."""

    FINISHED = "finished"  # counts
    HALF_DONE = "half_done"  # stopped or interrupted after at least half its steps: counts
    STOPPED_EARLY = "stopped_early"  # stopped before half its steps: shown, not counted
    INTERRUPTED_EARLY = "interrupted_early"  # interrupted (a crash, the power) before half: not counted
    RUNNING = "running"  # not over yet: not counted until it is

    @property
    def counts(self) -> bool:
        return self in (Why.FINISHED, Why.HALF_DONE)


def why(status: str, steps_done: int, steps_total: int) -> Why:
    if status == "finished":
        return Why.FINISHED
    if status not in ENDED_EARLY:
        return Why.RUNNING
    if enough_done(steps_done, steps_total):
        return Why.HALF_DONE
    return Why.STOPPED_EARLY if status == "stopped" else Why.INTERRUPTED_EARLY


def counts(status: str, steps_done: int, steps_total: int) -> bool:
    return why(status, steps_done, steps_total).counts


def enough_done(steps_done: int, steps_total: int) -> bool:
    """At least half of the steps: 5 of 10 is enough, 4 of 10 is not; a session with no steps never is."""
    return steps_total > 0 and steps_done * 2 >= steps_total


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def run_of_days(counted_days: Iterable[date], today: date) -> int:
    """Days in a row with a session that counts, ending today, or yesterday when today's is still to
    come. ``counted_days``: the days with one, newest first; read only as far as the run goes, so a
    history's whole list of days can be given lazily."""
    expected: date | None = None
    run = 0
    for day in counted_days:
        if day > today:
            continue
        if expected is None:
            if day < today - timedelta(days=1):
                return 0
            expected = day
        if day != expected:
            break
        run += 1
        expected = day - timedelta(days=1)
    return run
