"""When the morning reminder is due: wall-clock times in the local time zone, checked, never counted.

A reminder is a time of day on chosen weekdays, due once on each of those days and always on that
local day. On a day when that time does not exist (the clocks spring forward over it) it is due at
the first minute after the gap, or, when the gap runs past midnight (America/Nuuk springs forward
from Saturday 23:00 to Sunday 00:00), at the last minute before it, so that it stays on its own day;
a day the zone skips whole has no reminder. On a day when that time happens twice (the clocks fall
back) it is due once, the first time. So the due moments are one a day and always increasing.

Whether to remind *now* depends on the latest due moment, the due moments already handled (kept in
the history), today's session and any snooze: so a restart, a sleeping machine or a changed clock
gives at most one reminder for a due moment, even when the clock goes back after it, and a missed
morning exactly one catch-up. A due moment that had passed when the reminder was set up for it (turned
on, or its time or days changed, after that time today) was never missed: it gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ON_TIME = timedelta(minutes=2)  # later than this after the due moment, a reminder is a catch-up
LOOK_BACK_DAYS = 8


@dataclass(frozen=True)
class ReminderPlan:
    at: time
    weekdays: frozenset[int]  # 0 is Monday
    zone: tzinfo
    since: datetime | None = None  # when it was last set up (turned on, its time or days changed)

    @classmethod
    def from_settings(
        cls, at: str, days: Iterable[str], zone: tzinfo, since: datetime | None = None
    ) -> ReminderPlan:
        """From "08:00" and ("mon", "wed", "fri"); a malformed value raises ValueError with its reason."""
        try:
            hour, minute = (int(part) for part in at.split(":"))
            moment = time(hour, minute)
        except ValueError:
            raise ValueError(f"reminder time {at!r}: expected HH:MM, such as 08:00") from None
        names = [name.strip().lower() for name in days if name.strip()]
        unknown = [name for name in names if name not in WEEKDAYS]
        if unknown:
            raise ValueError(f"reminder days: unknown {', '.join(unknown)} (expected {', '.join(WEEKDAYS)})")
        return cls(moment, frozenset(WEEKDAYS.index(name) for name in names), zone, since)

    def set_up_after(self, due: datetime) -> bool:
        """Whether it was set up after ``due`` on that same day, so ``due`` was never missed. Only the
        same day counts: a clock once far ahead at setting up never silences the days after."""
        if self.since is None:
            return False
        since = self.since.astimezone(UTC)
        return due <= since and since.astimezone(self.zone).date() == due.astimezone(self.zone).date()


def exists(wall: datetime, zone: tzinfo) -> bool:
    """Whether a naive wall-clock time happens in ``zone`` (not inside a spring-forward gap)."""
    there = wall.replace(tzinfo=zone, fold=0)
    back = there.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None) == wall


def due_on(day: date, plan: ReminderPlan) -> datetime | None:
    """The reminder's moment on ``day``, in UTC, or None on a day it does not run.

    Moments are kept in UTC: Python compares two times of one zone by their wall clocks, which is
    wrong inside a repeated hour."""
    if day.weekday() not in plan.weekdays:
        return None
    wall = datetime.combine(day, plan.at)
    if not exists(wall, plan.zone):
        found = first_after_gap(wall, plan.zone)
        if found.date() != day:  # the gap runs past midnight: stay on the day, before the gap
            found = last_before_gap(wall, plan.zone)
        if found.date() != day:  # a day the zone skips whole (Pacific/Apia, 30 December 2011)
            return None
        wall = found
    return wall.replace(tzinfo=plan.zone, fold=0).astimezone(UTC)  # fold=0: the first of a repeated hour


def first_after_gap(wall: datetime, zone: tzinfo) -> datetime:
    """The first whole minute after the spring-forward gap that ``wall`` falls into."""
    while not exists(wall, zone):
        wall += timedelta(minutes=1)
    return wall


def last_before_gap(wall: datetime, zone: tzinfo) -> datetime:
    """The last whole minute before the spring-forward gap that ``wall`` falls into."""
    while not exists(wall, zone):
        wall -= timedelta(minutes=1)
    return wall


def next_due(after: datetime, plan: ReminderPlan) -> datetime | None:
    """The first due moment strictly after ``after``."""
    after = after.astimezone(UTC)
    local = after.astimezone(plan.zone)
    for offset in range(LOOK_BACK_DAYS + 1):
        moment = due_on(local.date() + timedelta(days=offset), plan)
        if moment is not None and moment > after:
            return moment
    return None


def latest_due(now: datetime, plan: ReminderPlan) -> datetime | None:
    """The most recent due moment at or before ``now``."""
    now = now.astimezone(UTC)
    local = now.astimezone(plan.zone)
    for offset in range(LOOK_BACK_DAYS + 1):
        moment = due_on(local.date() - timedelta(days=offset), plan)
        if moment is not None and moment <= now:
            return moment
    return None


@dataclass(frozen=True)
class Reminder:
    due: datetime  # the due moment this reminder is for
    catch_up: bool  # the time passed unseen (app closed, machine asleep, clock changed)
    snoozed: bool = False


@dataclass(frozen=True)
class ReminderState:
    last_fired: datetime | None = None  # the latest due moment already reminded (or answered), up to now
    snoozed_until: datetime | None = None
    done_today: bool = False  # today's session is done, or was skipped for today
    # every recent due moment already reminded or answered, also those after now (the clock set back)
    handled: frozenset[datetime] = frozenset()

    def fired(self, due: datetime) -> ReminderState:
        """This state once ``due`` has been reminded."""
        return replace(self, last_fired=due, snoozed_until=None, handled=self.handled | {due})


def reminder_now(now: datetime, plan: ReminderPlan, state: ReminderState) -> Reminder | None:
    """What, if anything, to remind about at ``now``.

    Only today's due moment is ever reminded: a morning missed days ago is past helping. A snoozed
    reminder comes back when its snooze ends, once.
    """
    now = now.astimezone(UTC)
    today = now.astimezone(plan.zone).date()
    if state.done_today:
        return None
    snoozed_today = state.last_fired is not None and state.last_fired.astimezone(plan.zone).date() == today
    if state.snoozed_until is not None and snoozed_today:
        if now >= state.snoozed_until and state.last_fired is not None:
            return Reminder(state.last_fired, catch_up=False, snoozed=True)
        return None  # a snooze from another day is over: it never comes back tomorrow
    due = latest_due(now, plan)
    if due is None or due.astimezone(plan.zone).date() != now.astimezone(plan.zone).date():
        return None
    if due in state.handled or (state.last_fired is not None and due <= state.last_fired):
        return None
    if plan.set_up_after(due):
        return None
    return Reminder(due, catch_up=now - due > ON_TIME)


def seconds_until_check(
    now: datetime, plan: ReminderPlan, state: ReminderState, longest: float = 60.0
) -> float:
    """How long the app may wait before looking again: until the next due moment or snooze end,
    but never more than ``longest`` seconds, so a clock change is noticed soon."""
    now = now.astimezone(UTC)
    targets = [moment for moment in (next_due(now, plan), state.snoozed_until) if moment is not None]
    soonest = min(((target - now).total_seconds() for target in targets if target > now), default=longest)
    return max(0.5, min(longest, soonest))
