"""``neuroguide reminder ics``: the morning reminder as a calendar file."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from neuroguide import APP_NAME
from neuroguide.system.datadir import load_routine_library


def write_ics(data_dir: Path, out: Path) -> int:
    """The reminder as set in Settings (time, days, routine), as an iCalendar file."""
    from neuroguide.core.files import printable
    from neuroguide.core.schedule import ReminderPlan
    from neuroguide.core.settings import Settings
    from neuroguide.system.calendar_file import write_reminder_calendar
    from neuroguide.system.datadir import settings_path

    settings = Settings.load(settings_path(data_dir))
    for problem in settings.problems:  # the calendar is made from the defaults for these
        print(f"{APP_NAME}: {printable(problem)}", file=sys.stderr)
    zone: tzinfo
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(_system_zone_name())
    except (KeyError, ValueError, OSError):
        zone = datetime.now().astimezone().tzinfo or UTC  # today's offset, when the zone has no name
    try:
        plan = ReminderPlan.from_settings(
            settings.text("reminder_time"), settings.listed("reminder_days"), zone
        )
    except ValueError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return 1
    routine = load_routine_library(data_dir).get_or_first(settings.text("reminder_routine"))
    title = routine.title if routine else "Morning routine"
    minutes = routine.minutes if routine else 10
    try:
        write_reminder_calendar(plan, title, minutes, datetime.now().astimezone().date(), out)
    except ValueError as error:
        print(f"{APP_NAME}: {error}; choose some in Settings.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{APP_NAME}: {out} cannot be written ({error.strerror or error})", file=sys.stderr)
        return 1
    print(f"The reminder ({title}, {settings.text('reminder_time')}) was written to {out}", file=sys.stderr)
    return 0


def _system_zone_name() -> str:
    """The local IANA zone name without Qt: TZ, then /etc/localtime's link."""
    import os

    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        return name
    link = Path("/etc/localtime").resolve()
    parts = link.parts
    return "/".join(parts[parts.index("zoneinfo") + 1 :]) if "zoneinfo" in parts else "UTC"
