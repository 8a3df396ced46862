"""The morning reminder as an iCalendar file, for people who live by their calendar or phone:
a weekly repeating event on the chosen days and time, with an alarm at its start."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from neuroguide import APP_NAME
from neuroguide.core.schedule import WEEKDAYS, ReminderPlan, next_due
from neuroguide.system.private_files import write_private

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def reminder_calendar(plan: ReminderPlan, title: str, minutes: int, today: date) -> bytes:
    from icalendar import Alarm, Calendar, Event

    if not plan.weekdays:
        raise ValueError("no days are chosen for the reminder")
    first = next_due(datetime.combine(today, datetime.min.time(), tzinfo=plan.zone), plan)
    assert first is not None
    # the chosen time on the first day, not a time moved past a spring-forward gap: the weekly rule
    # repeats DTSTART's wall-clock time, and calendars resolve a gap themselves
    start = datetime.combine(first.astimezone(plan.zone).date(), plan.at, tzinfo=plan.zone)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//Morning reminder//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"morning-reminder-{start:%Y%m%d}@neuroguide")
    event.add("summary", f"{title} ({minutes} min)")
    event.add(
        "description",
        f"Your {APP_NAME} routine. Check your skin first; keep the pressure light; stop if anything hurts.",
    )
    event.add("dtstamp", datetime.now().astimezone())
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=max(1, minutes)))
    event.add("rrule", {"freq": "weekly", "byday": [ICAL_DAYS[day] for day in sorted(plan.weekdays)]})
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Time for {title}")
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def write_reminder_calendar(plan: ReminderPlan, title: str, minutes: int, today: date, out: Path) -> None:
    """Written whole or not at all, readable by its owner only."""
    write_private(out, reminder_calendar(plan, title, minutes, today))


__all__ = ["WEEKDAYS", "reminder_calendar", "write_reminder_calendar"]
