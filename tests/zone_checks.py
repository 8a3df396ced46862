"""Reminder due moments checked against every time zone's real transitions (used by the tests and by
bench/faults_reminders.py).

For each zone the daylight-saving and other offset changes in a range of years are found from the
zone itself (a day at a time, then to the second by halving), and zones that behave alike over the
range (aliases, and zones with the same rules) are checked once. Around each change, and on a few
ordinary days of every zone, the due moment of each sampled reminder time is checked: on its own
local day, at the chosen time when that time exists, at the documented shift when it does not (the
first minute after the gap, or the last before it when the gap runs past midnight), the first of a
repeated time, and strictly later than the day before's.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

from neuroguide.core.schedule import ReminderPlan, due_on

EVERY_DAY = frozenset(range(7))
MINUTE = timedelta(minutes=1)


@dataclass
class Tally:
    zones: int = 0  # zones looked at
    behaviours: int = 0  # of those, zones that differ from every other over the years checked
    transitions: int = 0  # offset changes found in those
    checks: int = 0  # due moments checked
    problems: list[str] = field(default_factory=list)


def transitions(
    zone: ZoneInfo, first: int, last: int, step_hours: int = 48
) -> list[tuple[datetime, timedelta]]:
    """The instants (UTC, to the second) in years ``first``..``last`` where the zone's offset
    changes, with the offset from then on (two changes closer than ``step_hours`` would be missed:
    the bench looks an hour at a time)."""
    start = datetime(first, 1, 1, tzinfo=UTC) - timedelta(days=2)
    end = datetime(last + 1, 1, 1, tzinfo=UTC) + timedelta(days=2)

    def offset(moment: datetime) -> timedelta:
        value = moment.astimezone(zone).utcoffset()
        assert value is not None
        return value

    found = []
    moment, current = start, offset(start)
    while moment < end:
        step = moment + timedelta(hours=step_hours)
        after = offset(step)
        if after != current:
            low, high = moment, step  # offset(low) == current, offset(high) != current
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if offset(middle) == current:
                    low = middle
                else:
                    high = middle
            found.append((high.replace(microsecond=0), after))
            current = after
        moment = step
    return found


def wall_exists(wall: datetime, zone: ZoneInfo) -> bool:
    """Whether some instant shows ``wall`` on the zone's clocks (found without the schedule's code)."""
    for fold in (0, 1):
        offset = wall.replace(tzinfo=zone, fold=fold).utcoffset()
        assert offset is not None
        instant = (wall - offset).replace(tzinfo=UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == wall:
            return True
    return False


def earliest_instant(wall: datetime, zone: ZoneInfo) -> datetime:
    """The first instant whose wall-clock time is ``wall`` (an existing one)."""
    instants = []
    for fold in (0, 1):
        offset = wall.replace(tzinfo=zone, fold=fold).utcoffset()
        assert offset is not None
        instant = (wall - offset).replace(tzinfo=UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == wall:
            instants.append(instant)
    return min(instants)


def expected_wall(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """The documented rule, walked minute by minute: the time itself, else the first minute after the
    gap on the same day, else the last minute before it; None when the day has no minute left."""
    wall = datetime.combine(day, at)
    if wall_exists(wall, zone):
        return wall
    later = wall
    while not wall_exists(later, zone) and later.date() == day:
        later += MINUTE
    if later.date() == day:
        return later
    earlier = wall
    while not wall_exists(earlier, zone) and earlier.date() == day:
        earlier -= MINUTE
    return earlier if earlier.date() == day else None


def check_days(zone: ZoneInfo, name: str, days: Sequence[date], times: Iterable[time], tally: Tally) -> None:
    """Each consecutive run of ``days``, for each reminder time: the checks described above."""
    for at in times:
        plan = ReminderPlan(at, EVERY_DAY, zone)
        previous: tuple[date, datetime] | None = None
        for day in days:
            due = due_on(day, plan)
            wall = expected_wall(day, at, zone)
            tally.checks += 1
            where = f"{name} {day} {at:%H:%M}"
            if wall is None:
                if due is not None:
                    tally.problems.append(f"{where}: due {due} on a day with no such minute")
                continue
            if due is None:
                tally.problems.append(f"{where}: no due moment")
                continue
            shown = due.astimezone(zone)
            if shown.date() != day:
                tally.problems.append(f"{where}: due on another day, {shown:%Y-%m-%d %H:%M}")
            if shown.replace(tzinfo=None) != wall:
                tally.problems.append(f"{where}: due at {shown:%H:%M}, expected {wall:%H:%M}")
            elif due != earliest_instant(wall, zone):
                tally.problems.append(f"{where}: not the first of a repeated {wall:%H:%M}")
            if previous is not None and previous[0] == day - timedelta(days=1) and not previous[1] < due:
                tally.problems.append(f"{where}: not after the day before's ({previous[1]})")
            previous = (day, due)


def days_around(moments: Iterable[datetime], zone: ZoneInfo) -> list[date]:
    """The local days touched by each change, with a day either side, in order."""
    days: set[date] = set()
    for moment in moments:
        before = (moment - timedelta(seconds=1)).astimezone(zone).date()
        after = moment.astimezone(zone).date()
        day = before - timedelta(days=1)
        while day <= after + timedelta(days=1):
            days.add(day)
            day += timedelta(days=1)
    return sorted(days)


def check_zones(
    times: Sequence[time],
    first: int = 2020,
    last: int = 2030,
    ordinary_days: int = 3,
    zones: Iterable[str] | None = None,
    seed: int = 15,
    step_hours: int = 48,
) -> Tally:
    """Every zone (or those named) over years ``first``..``last``: around every offset change, each
    of ``times``; and on ``ordinary_days`` random days of each behaviour."""
    tally = Tally()
    seen: set[tuple[object, ...]] = set()
    chooser = random.Random(seed)
    span = (date(last, 12, 31) - date(first, 1, 1)).days
    for name in sorted(zones if zones is not None else available_timezones()):
        zone = ZoneInfo(name)
        tally.zones += 1
        changes = transitions(zone, first, last, step_hours)
        start_offset = datetime(first, 1, 1, tzinfo=UTC).astimezone(zone).utcoffset()
        behaviour = (start_offset, tuple(changes))
        if behaviour in seen:
            continue
        seen.add(behaviour)
        tally.behaviours += 1
        tally.transitions += len(changes)
        days = days_around((moment for moment, _ in changes), zone)
        for _ in range(ordinary_days):
            day = date(first, 1, 1) + timedelta(days=chooser.randrange(span))
            days.extend((day, day + timedelta(days=1)))
        check_days(zone, name, sorted(set(days)), times, tally)
    return tally


def sample_times(every_minutes: int, extra: Iterable[str] = ()) -> list[time]:
    """Reminder times every ``every_minutes`` through the day, and the ``extra`` ones ("HH:MM")."""
    found = {time(minute // 60, minute % 60) for minute in range(0, 24 * 60, every_minutes)}
    for text in extra:
        hour, minute = text.split(":")
        found.add(time(int(hour), int(minute)))
    return sorted(found)
