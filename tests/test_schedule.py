"""The reminder schedule on simulated clocks: several time zones, DST, jumps, sleep, restarts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from neuroguide.core.schedule import (
    Reminder,
    ReminderPlan,
    ReminderState,
    due_on,
    next_due,
    reminder_now,
    seconds_until_check,
)

NEW_YORK = ZoneInfo("America/New_York")  # 2026: spring forward 8 March 02:00, fall back 1 November 02:00
LONDON = ZoneInfo("Europe/London")  # 2026: spring forward 29 March 01:00, fall back 25 October 02:00
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # a 30-minute shift: 4 October 2026 02:00 -> 02:30
KOLKATA = ZoneInfo("Asia/Kolkata")  # no daylight saving
EVERY_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def plan(at: str = "08:00", days: tuple[str, ...] = EVERY_DAY, zone: ZoneInfo = NEW_YORK) -> ReminderPlan:
    return ReminderPlan.from_settings(at, days, zone)


def local(zone: ZoneInfo, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=zone, fold=fold).astimezone(UTC)  # type: ignore[misc]


def simulate(
    reminder: ReminderPlan,
    awake: list[tuple[datetime, datetime]],
    done_days: set[date] | None = None,
    snooze: timedelta | None = None,
) -> list[tuple[datetime, Reminder]]:
    """The app as it runs: awake in the given stretches of wall-clock time (a gap is the app closed,
    the machine asleep; a stretch starting earlier than the last ended is the clock set back). It
    checks when ``seconds_until_check`` says; the state survives restarts, as the stored one does."""
    state = ReminderState()
    fired: list[tuple[datetime, Reminder]] = []
    for start, end in awake:
        now = start
        while now < end:
            today = now.astimezone(reminder.zone).date()
            state = replace(state, done_today=today in (done_days or set()))
            found = reminder_now(now, reminder, state)
            if found is not None:
                fired.append((now, found))
                if snooze is not None and not found.snoozed:
                    state = replace(state, last_fired=found.due, snoozed_until=now + snooze)
                else:
                    state = replace(state, last_fired=found.due, snoozed_until=None)
            now += timedelta(seconds=seconds_until_check(now, reminder, state))
    return fired


def local_times(fired: list[tuple[datetime, Reminder]], zone: ZoneInfo) -> list[str]:
    return [f"{at.astimezone(zone):%a %d %H:%M} {'catch-up' if r.catch_up else 'on time'}" for at, r in fired]


def test_ordinary_days_once_each_on_time() -> None:
    fired = simulate(plan(), [(local(NEW_YORK, 2026, 6, 1, 0, 0), local(NEW_YORK, 2026, 6, 8, 0, 0))])
    days = ("Mon 01", "Tue 02", "Wed 03", "Thu 04", "Fri 05", "Sat 06", "Sun 07")
    assert local_times(fired, NEW_YORK) == [f"{day} 08:00 on time" for day in days]


def test_chosen_weekdays_only() -> None:
    fired = simulate(
        plan(days=("mon", "wed", "fri")), [(local(NEW_YORK, 2026, 6, 1, 0, 0), local(NEW_YORK, 2026, 6, 15))]
    )
    assert [at.astimezone(NEW_YORK).strftime("%a %d") for at, _ in fired] == [
        "Mon 01", "Wed 03", "Fri 05", "Mon 08", "Wed 10", "Fri 12",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "at", "day", "expected"),
    [
        (NEW_YORK, "02:30", date(2026, 3, 8), "03:00"),  # 02:00-03:00 does not exist: the first minute after
        (NEW_YORK, "08:00", date(2026, 3, 8), "08:00"),
        (LONDON, "01:30", date(2026, 3, 29), "02:00"),
        (LORD_HOWE, "02:15", date(2026, 10, 4), "02:30"),
        (KOLKATA, "08:00", date(2026, 3, 8), "08:00"),
    ],
)
def test_a_time_in_a_spring_forward_gap_fires_at_the_first_valid_minute(
    zone: ZoneInfo, at: str, day: date, expected: str
) -> None:
    reminder = plan(at, zone=zone)
    moment = due_on(day, reminder)
    assert moment is not None and moment.astimezone(zone).strftime("%H:%M") == expected
    fired = simulate(
        reminder,
        [(local(zone, day.year, day.month, day.day, 0, 0), local(zone, day.year, day.month, day.day, 23, 0))],
    )
    assert local_times(fired, zone) == [f"{day:%a %d} {expected} on time"]


@pytest.mark.parametrize(("zone", "day"), [(NEW_YORK, date(2026, 11, 1)), (LONDON, date(2026, 10, 25))])
def test_a_repeated_hour_fires_once(zone: ZoneInfo, day: date) -> None:
    reminder = plan("01:30", zone=zone)
    fired = simulate(
        reminder,
        [(local(zone, day.year, day.month, day.day, 0, 0), local(zone, day.year, day.month, day.day, 6, 0))],
    )
    assert len(fired) == 1
    assert fired[0][1].due == local(zone, day.year, day.month, day.day, 1, 30, fold=0)  # the first 01:30


def test_the_clock_jumping_forward_two_hours_over_the_due_time_gives_one_catch_up() -> None:
    fired = simulate(plan(), [
        (local(NEW_YORK, 2026, 6, 1, 6, 0), local(NEW_YORK, 2026, 6, 1, 7, 0)),
        (local(NEW_YORK, 2026, 6, 1, 9, 0), local(NEW_YORK, 2026, 6, 1, 12, 0)),
    ])  # fmt: skip
    assert local_times(fired, NEW_YORK) == ["Mon 01 09:00 catch-up"]


def test_the_clock_set_back_two_hours_after_a_reminder_never_repeats_it() -> None:
    fired = simulate(plan(), [
        (local(NEW_YORK, 2026, 6, 1, 7, 0), local(NEW_YORK, 2026, 6, 1, 8, 30)),
        (local(NEW_YORK, 2026, 6, 1, 6, 30), local(NEW_YORK, 2026, 6, 1, 12, 0)),
    ])  # fmt: skip
    assert local_times(fired, NEW_YORK) == ["Mon 01 08:00 on time"]


def test_the_clock_jumping_a_day_forward_and_back() -> None:
    fired = simulate(plan(), [
        (local(NEW_YORK, 2026, 6, 1, 7, 0), local(NEW_YORK, 2026, 6, 1, 7, 30)),   # Monday, before 08:00
        (local(NEW_YORK, 2026, 6, 2, 7, 30), local(NEW_YORK, 2026, 6, 2, 9, 0)),   # +1 day: Tuesday
        (local(NEW_YORK, 2026, 6, 1, 7, 30), local(NEW_YORK, 2026, 6, 2, 9, 0)),   # -1 day: Monday again
    ])  # fmt: skip
    # Monday's morning passed unseen on the way forward and is not reminded a day late; after the
    # clock is set back, Monday 08:00 is older than what was already reminded, and Tuesday is not repeated
    assert local_times(fired, NEW_YORK) == ["Tue 02 08:00 on time"]


@pytest.mark.parametrize(
    ("sleep_from", "wake_at", "expected"),
    [
        (
            (2026, 6, 1, 7, 30),
            (2026, 6, 1, 8, 30),
            ["Mon 01 08:30 catch-up"]
            + [f"{day} 08:00 on time" for day in ("Tue 02", "Wed 03", "Thu 04", "Fri 05")],
        ),
        ((2026, 6, 1, 7, 0), (2026, 6, 4, 10, 0), ["Thu 04 10:00 catch-up", "Fri 05 08:00 on time"]),
    ],
    ids=["asleep an hour", "asleep three days"],
)
def test_a_machine_asleep_across_the_due_time(
    sleep_from: tuple[int, ...], wake_at: tuple[int, ...], expected: list[str]
) -> None:
    fired = simulate(plan(), [
        (local(NEW_YORK, 2026, 6, 1, 0, 0), local(NEW_YORK, *sleep_from)),
        (local(NEW_YORK, *wake_at), local(NEW_YORK, 2026, 6, 5, 12, 0)),
    ])  # fmt: skip
    assert local_times(fired, NEW_YORK) == expected


def test_the_app_closed_at_eight_and_opened_at_ten() -> None:
    fired = simulate(plan(), [
        (local(NEW_YORK, 2026, 6, 1, 7, 0), local(NEW_YORK, 2026, 6, 1, 7, 59)),
        (local(NEW_YORK, 2026, 6, 1, 10, 0), local(NEW_YORK, 2026, 6, 1, 10, 1)),   # opened: one catch-up
        (local(NEW_YORK, 2026, 6, 1, 10, 5), local(NEW_YORK, 2026, 6, 1, 18, 0)),   # restarted again: none
    ])  # fmt: skip
    assert local_times(fired, NEW_YORK) == ["Mon 01 10:00 catch-up"]


def test_no_reminder_when_todays_session_is_done() -> None:
    fired = simulate(
        plan(),
        [(local(NEW_YORK, 2026, 6, 1, 0, 0), local(NEW_YORK, 2026, 6, 3, 0, 0))],
        done_days={date(2026, 6, 1)},
    )
    assert local_times(fired, NEW_YORK) == ["Tue 02 08:00 on time"]


def test_a_snoozed_reminder_comes_back_once() -> None:
    fired = simulate(
        plan(),
        [(local(NEW_YORK, 2026, 6, 1, 7, 0), local(NEW_YORK, 2026, 6, 1, 12, 0))],
        snooze=timedelta(minutes=10),
    )
    assert [(at.astimezone(NEW_YORK).strftime("%H:%M"), r.snoozed) for at, r in fired] == [
        ("08:00", False),
        ("08:10", True),
    ]


def test_checks_are_spaced_no_wider_than_a_minute_and_land_on_the_due_time() -> None:
    reminder = plan()
    state = ReminderState()
    assert seconds_until_check(local(NEW_YORK, 2026, 6, 1, 7, 59, 30), reminder, state) == 30
    assert seconds_until_check(local(NEW_YORK, 2026, 6, 1, 3, 0), reminder, state) == 60
    assert next_due(local(NEW_YORK, 2026, 6, 1, 8, 0), reminder) == local(NEW_YORK, 2026, 6, 2, 8, 0)


def test_malformed_settings_are_refused_plainly() -> None:
    with pytest.raises(ValueError, match="expected HH:MM"):
        ReminderPlan.from_settings("8 am", EVERY_DAY, NEW_YORK)
    with pytest.raises(ValueError, match="unknown funday"):
        ReminderPlan.from_settings("08:00", ("mon", "funday"), NEW_YORK)
    assert due_on(date(2026, 6, 1), plan(days=())) is None  # no days chosen: never due
    assert time(8, 0) == plan().at


def test_a_reminder_set_up_after_todays_time_waits_for_tomorrow() -> None:
    set_up = local(NEW_YORK, 2026, 6, 1, 8, 31)
    reminder = replace(plan(), since=set_up)
    fired = simulate(reminder, [(set_up, local(NEW_YORK, 2026, 6, 2, 12, 0))])
    assert local_times(fired, NEW_YORK) == ["Tue 02 08:00 on time"]  # nothing "missed" on Monday
    assert next_due(set_up, reminder) == local(NEW_YORK, 2026, 6, 2, 8, 0)
    # restarted the same morning: still nothing, the moment it was set up is kept with the settings
    restarted = simulate(reminder, [(local(NEW_YORK, 2026, 6, 1, 8, 40), local(NEW_YORK, 2026, 6, 1, 12, 0))])
    assert restarted == []
    # set up at 08:31 for 09:00: today's 09:00 is still to come and comes on time
    later = replace(plan("09:00"), since=set_up)
    assert local_times(simulate(later, [(set_up, local(NEW_YORK, 2026, 6, 1, 12, 0))]), NEW_YORK) == [
        "Mon 01 09:00 on time"
    ]


@pytest.mark.parametrize(
    "since",
    [(2026, 5, 31, 20, 0), (2027, 6, 1, 9, 0)],
    ids=["set up yesterday", "set up while the clock was a year ahead"],
)
def test_a_reminder_set_up_on_another_day_still_catches_up_a_missed_morning(since: tuple[int, ...]) -> None:
    reminder = replace(plan(), since=local(NEW_YORK, *since))
    fired = simulate(reminder, [(local(NEW_YORK, 2026, 6, 1, 8, 31), local(NEW_YORK, 2026, 6, 1, 12, 0))])
    assert local_times(fired, NEW_YORK) == ["Mon 01 08:31 catch-up"]
